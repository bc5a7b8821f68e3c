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
    private final ApplicationEventPublisher publisher;

    IncidentRegister(Incidents incidents, IncidentEvents events, ServiceClock clock,
            ApplicationEventPublisher publisher) {
        this.incidents = incidents;
        this.events = events;
        this.clock = clock;
        this.publisher = publisher;
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

    /** The later incidents that are recurrences of this one. */
    @Transactional(readOnly = true)
    public List<Incident> recurrences(Incident incident) {
        return incidents.findByRecurrenceOfOrderByNumberAsc(incident.getNumber());
    }

    @Transactional(readOnly = true)
    public List<IncidentEvent> timeline(Incident incident) {
        return events.findByIncidentNumberOrderByOccurredAtAscIdAsc(incident.getNumber());
    }

    /**
     * A new incident. When its external reference belongs to a closed incident, it is a recurrence: linked
     * to that one (on both timelines), and retries of this report find the new incident from now on.
     */
    public Incident open(Incident.Report report, String actor) {
        Instant now = clock.now();
        Optional<Incident> recurs = report.externalRef() == null ? Optional.empty()
                : incidents.findByClientIdAndExternalRef(report.clientId(), report.externalRef())
                        .filter(earlier -> earlier.getState() == IncidentState.CLOSED);
        recurs.ifPresent(earlier -> {
            earlier.releaseExternalRef();
            incidents.saveAndFlush(earlier);
        });
        Incident incident = incidents.saveAndFlush(Incident.reported(report, now));
        record(incident, TimelineEvent.REPORTED, actor, "Reported by " + report.reporterName() + " <"
                + report.reporterEmail() + "> via " + report.channel() + ": " + report.summary());
        recurs.ifPresent(earlier -> {
            incident.recurrenceOf(earlier.getNumber());
            record(incident, TimelineEvent.RECURRENCE, actor, "Recurrence of " + earlier.ticket() + " (closed "
                    + earlier.getClosedAt() + ", same external reference " + report.externalRef() + ")");
            record(earlier, TimelineEvent.RECURRENCE, actor, "Recurred as " + incident.ticket());
        });
        if (report.scopeGap()) {
            record(incident, TimelineEvent.SCOPE_GAP, actor, (report.assetId() == null
                    ? "The reported system is not in the client's catalog" : "Asset " + report.assetId()
                    + " is outside the contract's scope") + ": accepted and flagged for the service owner");
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

    public void awaitTriageReview(String ticket, Priority suggested, String reason, String suggestedOwner,
            Instant reviewDue) {
        Incident incident = get(ticket);
        incident.prioritise(suggested, reason, clock.now());
        incident.moveTo(IncidentState.AWAITING_TRIAGE_REVIEW, clock.now());
        incident.reviewDue(reviewDue);
        record(incident, TimelineEvent.TRIAGE_REVIEW_REQUESTED, "triage",
                "A dispatcher reviews: " + reason + " (suggested " + suggested + ", owner " + suggestedOwner
                        + "); due " + reviewDue + " by the contract's acknowledgement target");
    }

    /** The review is overdue: escalated to a group (or to nobody, when it waits for the window). */
    public void triageReviewEscalated(String ticket, String group, String why) {
        Incident incident = get(ticket);
        incident.reviewEscalated(group);
        record(incident, TimelineEvent.TRIAGE_REVIEW_ESCALATED, "system", why);
    }

    /** The contract's resolution target for the current priority, as a due time. */
    public void resolutionDue(String ticket, Instant dueAt) {
        Incident incident = get(ticket);
        if (!dueAt.equals(incident.getResolutionDueAt())) {
            incident.resolutionDue(dueAt);
            record(incident, TimelineEvent.RESOLUTION_TARGET_SET, "system", "Resolution due " + dueAt
                    + " (" + incident.getPriority() + ")");
        }
    }

    public void resolutionBreached(String ticket) {
        Incident incident = get(ticket);
        incident.resolutionBreached(clock.now());
        record(incident, TimelineEvent.RESOLUTION_BREACHED, "system", "Not resolved by the resolution target "
                + incident.getResolutionDueAt() + " (" + incident.getPriority() + "): the duty manager is alerted");
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

    /**
     * Resolved: the resolution in words for the client, the diagnosis for the timeline. Publishes
     * {@link IncidentStabilised}, so everything that keeps a promise while the incident is open stops.
     */
    public void resolved(String ticket, String actor, String resolution, String diagnosis) {
        Incident incident = get(ticket);
        incident.moveTo(IncidentState.RESOLVED, clock.now());
        incident.workedBy(null, null, clock.now());
        incident.nextUpdateDue(null);
        incident.resolvedWith(resolution);
        record(incident, TimelineEvent.RESOLVED, actor, "Resolved: " + resolution
                + (diagnosis == null || diagnosis.isBlank() ? "" : " | Diagnosis: " + diagnosis));
        publisher.publishEvent(new IncidentStabilised(ticket));
    }

    /** The client confirmed the resolution (through the API): the incident closes as confirmed. */
    public void clientConfirmed(String ticket, String confirmedBy, String actor, String note) {
        Incident incident = get(ticket);
        incident.confirmed(confirmedBy, clock.now());
        record(incident, TimelineEvent.CLIENT_CONFIRMED, actor, "Client confirmed the resolution: " + confirmedBy
                + (note == null || note.isBlank() ? "" : " (" + note + ")"));
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
        publisher.publishEvent(new IncidentChanged(incident, null, clock.now()));
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
        publisher.publishEvent(new IncidentChanged(incident, line, line.getOccurredAt()));
    }
}
