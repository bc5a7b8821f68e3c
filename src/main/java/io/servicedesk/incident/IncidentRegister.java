package io.servicedesk.incident;

import io.servicedesk.contract.Priority;
import io.servicedesk.platform.NotFound;
import io.servicedesk.platform.ServiceClock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one writer of incident records. Each change is written together with its timeline line, in the
 * transaction of the process step that caused it, so the record and the process never disagree.
 */
@Service
@Transactional
public class IncidentRegister {

    private final Incidents incidents;
    private final IncidentEvents events;
    private final ServiceClock clock;
    private final ApplicationEventPublisher changes;

    IncidentRegister(Incidents incidents, IncidentEvents events, ServiceClock clock,
            ApplicationEventPublisher changes) {
        this.incidents = incidents;
        this.events = events;
        this.clock = clock;
        this.changes = changes;
    }

    @Transactional(readOnly = true)
    public Optional<Incident> find(String ticket) {
        return Tickets.number(ticket).flatMap(incidents::findById);
    }

    @Transactional(readOnly = true)
    public Incident getByNumber(long number) {
        return incidents.findById(number).orElseThrow(() -> new NotFound("Incident", Tickets.of(number)));
    }

    @Transactional(readOnly = true)
    public Incident get(String ticket) {
        return find(ticket).orElseThrow(() -> new NotFound("Incident", ticket));
    }

    @Transactional(readOnly = true)
    public List<IncidentEvent> timeline(Incident incident) {
        return events.findByIncidentNumberOrderByOccurredAtAscIdAsc(incident.getNumber());
    }

    public Incident open(Incident.Report report, String actor) {
        Instant now = clock.now();
        Incident incident = incidents.saveAndFlush(Incident.reported(report, now));
        record(incident, TimelineEvent.REPORTED, actor, "Reported by " + report.reporterName() + " <"
                + report.reporterEmail() + "> via " + report.channel() + ": " + report.summary());
        if (report.scopeGap()) {
            record(incident, TimelineEvent.SCOPE_GAP, actor, "Asset " + report.assetId()
                    + " is outside the contract's scope: accepted and flagged for the service owner");
        }
        return incident;
    }

    public void triaged(String ticket, Priority priority, String reason, String owner) {
        Incident incident = get(ticket);
        Instant now = clock.now();
        incident.prioritise(priority, reason, now);
        record(incident, TimelineEvent.TRIAGED, "triage", priority + ": " + reason);
        assignOwner(incident, owner, "system", "contract default");
    }

    public void awaitTriageReview(String ticket, Priority suggested, String reason, String suggestedOwner) {
        Incident incident = get(ticket);
        incident.prioritise(suggested, reason, clock.now());
        incident.moveTo(IncidentState.AWAITING_TRIAGE_REVIEW, clock.now());
        record(incident, TimelineEvent.TRIAGE_REVIEW_REQUESTED, "triage",
                "A dispatcher reviews: " + reason + " (suggested " + suggested + ", owner " + suggestedOwner + ")");
    }

    public void triageReviewed(String ticket, Priority priority, String owner, String dispatcher, String note) {
        Incident incident = get(ticket);
        Priority suggested = incident.getPriority();
        incident.prioritise(priority, incident.getTriageReason(), clock.now());
        incident.moveTo(IncidentState.IN_PROGRESS, clock.now());
        record(incident, TimelineEvent.TRIAGE_REVIEWED, dispatcher, "Priority set to " + priority
                + (priority == suggested ? "" : " (suggested " + suggested + ")")
                + (note == null || note.isBlank() ? "" : ". Note: " + note));
        assignOwner(incident, owner, dispatcher, "set in triage review");
    }

    public void workStarted(String ticket, String activity, String team, String assignee, IncidentState state) {
        Incident incident = get(ticket);
        incident.workedBy(team, assignee, clock.now());
        if (state != null) {
            incident.moveTo(state, clock.now());
        }
        record(incident, TimelineEvent.TASK_OPENED, "system", activity + " for " + team
                + (assignee == null ? "" : ", assigned to " + assignee));
    }

    public void workAssigned(String ticket, String activity, String assignee, String actor) {
        Incident incident = get(ticket);
        incident.workedBy(incident.getWorkingTeam(), assignee, clock.now());
        record(incident, TimelineEvent.TASK_ASSIGNED, actor, activity + (assignee == null
                ? " returned to the team" : " assigned to " + assignee));
    }

    public void workCompleted(String ticket, String activity, String actor) {
        Incident incident = get(ticket);
        record(incident, TimelineEvent.TASK_COMPLETED, actor, activity + " completed");
    }

    public void resolved(String ticket, String actor, String resolution) {
        Incident incident = get(ticket);
        incident.moveTo(IncidentState.RESOLVED, clock.now());
        incident.workedBy(null, null, clock.now());
        incident.nextUpdateDue(null);
        record(incident, TimelineEvent.RESOLVED, actor, resolution);
    }

    /** The coverage decision with its inputs: the evidence of why somebody was or was not woken up. */
    public record Coverage(String action, String reason, String priority, boolean inWindow, String afterHoursCoverage,
            Instant windowOpensAt, Instant responseDue, boolean responseAroundTheClock) {
    }

    public void coverageDecided(String ticket, Coverage coverage) {
        Incident incident = get(ticket);
        Instant now = clock.now();
        incident.covered(coverage.inWindow(), coverage.action(), coverage.reason(), coverage.windowOpensAt(),
                coverage.responseDue(), now);
        if ("QUEUE_FOR_WINDOW".equals(coverage.action())) {
            incident.moveTo(IncidentState.QUEUED_FOR_WINDOW, now);
        }
        record(incident, TimelineEvent.COVERAGE_DECIDED, "coverage", coverage.action() + ": " + coverage.reason()
                + " (priority " + coverage.priority() + ", " + (coverage.inWindow() ? "inside" : "outside")
                + " the support window, after-hours coverage " + coverage.afterHoursCoverage()
                + (coverage.inWindow() ? "" : ", window opens " + coverage.windowOpensAt()) + ")");
        record(incident, TimelineEvent.RESPONSE_TARGET_SET, "coverage", "First response due "
                + coverage.responseDue() + (coverage.responseAroundTheClock()
                ? " (around the clock: the contract covers " + coverage.priority() + " after hours)"
                : " (business time inside the support window)"));
    }

    public void firstResponse(String ticket, String actor, String how) {
        Incident incident = get(ticket);
        Instant now = clock.now();
        if (incident.responded(now)) {
            boolean late = incident.getResponseDueAt() != null && now.isAfter(incident.getResponseDueAt());
            record(incident, TimelineEvent.FIRST_RESPONSE, actor, how + (incident.getResponseDueAt() == null ? ""
                    : late ? " (late: due " + incident.getResponseDueAt() + ")" : " (on time)"));
        }
    }

    public void pageAcknowledged(String ticket, String actor) {
        Incident incident = get(ticket);
        incident.acknowledged(actor, clock.now());
        record(incident, TimelineEvent.PAGE_ACKNOWLEDGED, actor, "Page acknowledged by " + actor
                + "; the accountable owner stays " + incident.getAccountableOwner());
        firstResponse(ticket, actor, "Page acknowledged");
    }

    public void priorityChanged(String ticket, Priority priority, String actor, String reason) {
        Incident incident = get(ticket);
        Priority before = incident.getPriority();
        incident.prioritise(priority, incident.getTriageReason(), clock.now());
        record(incident, TimelineEvent.PRIORITY_CHANGED, actor, "Priority " + before + " -> " + priority + ": "
                + reason);
    }

    public void handedOff(String ticket, String from, String to, String actor, String why) {
        record(get(ticket), TimelineEvent.HANDED_OFF, actor, "Hand-off " + from + " -> " + to + ": " + why);
    }

    /** The only way the accountable owner changes after triage: explicit, by somebody, with a reason. */
    public void ownerChanged(String ticket, String owner, String actor, String reason) {
        Incident incident = get(ticket);
        String before = incident.getAccountableOwner();
        incident.ownedBy(owner, clock.now());
        record(incident, TimelineEvent.OWNER_CHANGED, actor, "Accountable owner " + before + " -> " + owner + ": "
                + reason);
    }

    public void closed(String ticket, String closure, String detail) {
        Incident incident = get(ticket);
        incident.closed(closure, clock.now());
        record(incident, TimelineEvent.CLOSED, "system", detail);
    }

    public void nextUpdateDue(String ticket, Instant at) {
        Incident incident = get(ticket);
        incident.nextUpdateDue(at);
        changes.publishEvent(new IncidentChanged(incident, null, clock.now()));
    }

    public void note(String ticket, TimelineEvent type, String actor, String detail) {
        record(get(ticket), type, actor, detail);
    }

    private void assignOwner(Incident incident, String owner, String actor, String why) {
        if (owner != null && !owner.equals(incident.getAccountableOwner())) {
            String before = incident.getAccountableOwner();
            incident.ownedBy(owner, clock.now());
            record(incident, TimelineEvent.OWNER_ASSIGNED, actor, "Accountable owner: " + owner
                    + (before == null ? "" : " (was " + before + ")") + ", " + why);
        }
    }

    private void record(Incident incident, TimelineEvent type, String actor, String detail) {
        IncidentEvent line = events.save(new IncidentEvent(incident.getNumber(), clock.now(), type.name(), actor,
                detail));
        changes.publishEvent(new IncidentChanged(incident, line, line.getOccurredAt()));
    }
}
