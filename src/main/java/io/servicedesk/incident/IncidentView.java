package io.servicedesk.incident;

import io.servicedesk.contract.Priority;
import java.time.Instant;
import java.util.List;

/** An incident as the API shows it: where it stands, who owns it, who works it, and what happened. */
public record IncidentView(
        String ticket,
        String clientId,
        String contractId,
        String assetId,
        String summary,
        String description,
        Reporter reporter,
        Channel channel,
        Signals signals,
        String externalRef,
        boolean scopeGap,
        Priority priority,
        /** The most severe priority it ever had: a P1 later lowered still gets its P1 review. */
        Priority highestPriority,
        String triageReason,
        TriageReview triageReview,
        IncidentState state,
        String accountableOwner,
        String workingTeam,
        String assignee,
        Instant reportedAt,
        Instant updatedAt,
        Instant resolvedAt,
        Coverage coverage,
        Response response,
        Resolution resolution,
        Instant nextUpdateDueAt,
        Instant closedAt,
        String closure,
        List<OpenTask> openTasks,
        Object communications,
        Object vendorCases,
        Object scopedServices,
        Object review,
        Object followUps,
        /** The earlier, closed incident this one recurs ("recurrence of INC-..."). */
        String recurrenceOf,
        /** Later incidents that are recurrences of this one. */
        List<String> recurrences,
        List<TimelineEntry> timeline) {

    public record Reporter(String name, String email) {
    }

    public record Signals(Boolean criticalOperationsDown, Integer usersBlocked, Boolean containmentRequired) {
    }

    /** A user task waiting in Tasklist for this incident. */
    public record OpenTask(String id, String name, String taskDefinitionKey, String candidateGroup, String assignee,
            Instant created, Instant due) {
    }

    /** Why somebody was or was not woken up: the coverage decision and its inputs. */
    public record Coverage(String action, String reason, Boolean inWindow, Instant windowOpensAt,
            String acknowledgedBy, Instant acknowledgedAt) {
    }

    /** A dispatcher's review: due by the contract's acknowledgement target, and how often it escalated. */
    public record TriageReview(Instant dueAt, int escalations, String escalatedTo) {
    }

    /** The contract's resolution target for the priority, and whether it was breached. */
    public record Resolution(Instant dueAt, Instant breachedAt, boolean breached) {
    }

    /** The first-response promise and whether it was kept. */
    public record Response(Instant dueAt, Instant respondedAt, Boolean onTime) {
    }

    public record TimelineEntry(Instant at, String type, String actor, String detail) {
    }

    /** The short form in lists. */
    public record Summary(String ticket, String clientId, String summary, Priority priority, IncidentState state,
            String accountableOwner, String workingTeam, boolean scopeGap, Instant reportedAt) {

        static Summary of(Incident incident) {
            return new Summary(incident.ticket(), incident.getClientId(), incident.getSummary(),
                    incident.getPriority(), incident.getState(), incident.getAccountableOwner(),
                    incident.getWorkingTeam(), incident.isScopeGap(), incident.getReportedAt());
        }
    }

    static IncidentView of(Incident incident, List<OpenTask> openTasks, List<IncidentEvent> events,
            java.util.Map<String, Object> sections, List<String> recurrences) {
        return new IncidentView(incident.ticket(), incident.getClientId(), incident.getContractId(),
                incident.getAssetId(), incident.getSummary(), incident.getDescription(),
                new Reporter(incident.getReporterName(), incident.getReporterEmail()), incident.getChannel(),
                new Signals(incident.getCriticalOperationsDown(), incident.getUsersBlocked(),
                        incident.getContainmentRequired()),
                incident.getExternalRef(), incident.isScopeGap(), incident.getPriority(), incident.getHighestPriority(),
                incident.getTriageReason(),
                incident.getTriageReviewDueAt() == null ? null : new TriageReview(incident.getTriageReviewDueAt(),
                        incident.getTriageReviewEscalations(), incident.getTriageReviewEscalatedTo()),
                incident.getState(), incident.getAccountableOwner(), incident.getWorkingTeam(),
                incident.getAssignee(), incident.getReportedAt(), incident.getUpdatedAt(), incident.getResolvedAt(),
                incident.getCoverageAction() == null ? null : new Coverage(incident.getCoverageAction(),
                        incident.getCoverageReason(), incident.getInWindow(), incident.getWindowOpensAt(),
                        incident.getAcknowledgedBy(), incident.getAcknowledgedAt()),
                incident.getResponseDueAt() == null ? null : new Response(incident.getResponseDueAt(),
                        incident.getRespondedAt(), incident.getRespondedAt() == null ? null
                        : !incident.getRespondedAt().isAfter(incident.getResponseDueAt())),
                incident.getResolutionDueAt() == null ? null : new Resolution(incident.getResolutionDueAt(),
                        incident.getResolutionBreachedAt(), incident.getResolutionBreachedAt() != null),
                incident.getNextUpdateDueAt(), incident.getClosedAt(), incident.getClosure(),
                openTasks,
                sections.get("communications"), sections.get("vendorCases"), sections.get("scopedServices"),
                sections.get("review"), sections.get("followUps"),
                incident.getRecurrenceOf() == null ? null : Tickets.of(incident.getRecurrenceOf()), recurrences,
                events.stream().map(event -> new TimelineEntry(event.getOccurredAt(), event.getType(),
                        event.getActor(), event.getDetail())).toList());
    }
}
