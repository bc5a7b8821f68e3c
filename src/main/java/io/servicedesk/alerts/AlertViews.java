package io.servicedesk.alerts;

import java.time.Instant;
import java.util.List;

/** Alerts, scope decisions and problem reviews as the API shows them. */
final class AlertViews {

    private AlertViews() {
    }

    record AlertView(String reference, String fingerprint, String alertname, String severity, String clientId,
            String contractId, String assetId, String assetRef, String summary, String description, String labels,
            String generatorUrl, AlertRoute route, AlertState state, boolean open, String owner, String team,
            String ownerReason, Instant firstStartsAt, Instant receivedAt, Instant lastSeenAt, int occurrences,
            int notifications, Instant clearedAt, Instant acknowledgeBy, Instant escalatedAt, String escalatedTo,
            String acknowledgedBy, Instant acknowledgedAt, AlertImpact impact, Integer impactUsersBlocked,
            String acknowledgementNote, String incident, String scopeDecision, Instant closedAt,
            List<Firing> firings) {

        static AlertView of(Alert alert, List<Firing> firings) {
            return new AlertView(alert.reference(), alert.getFingerprint(), alert.getAlertname(), alert.getSeverity(),
                    alert.getClientId(), alert.getContractId(), alert.getAssetId(), alert.getAssetRef(),
                    alert.getSummary(), alert.getDescription(), alert.getLabels(), alert.getGeneratorUrl(),
                    alert.getRoute(), alert.getState(), alert.isOpen(), alert.getOwner(), alert.getTeam(),
                    alert.getOwnerReason(), alert.getFirstStartsAt(), alert.getReceivedAt(), alert.getLastSeenAt(),
                    alert.getOccurrences(), alert.getNotifications(), alert.getClearedAt(), alert.getAcknowledgeBy(),
                    alert.getEscalatedAt(), alert.getEscalatedTo(), alert.getAcknowledgedBy(),
                    alert.getAcknowledgedAt(), alert.getImpact(), alert.getImpactUsersBlocked(),
                    alert.getAcknowledgementNote(),
                    alert.getIncidentNumber() == null ? null : io.servicedesk.incident.Tickets.of(alert.getIncidentNumber()),
                    alert.getScopeDecisionId() == null ? null : ScopeDecision.PREFIX + alert.getScopeDecisionId(),
                    alert.getClosedAt(), firings);
        }
    }

    /** One firing: when it started, when it cleared. */
    record Firing(Instant startsAt, Instant endsAt, Instant receivedAt) {

        static Firing of(AlertOccurrence occurrence) {
            return new Firing(occurrence.getStartsAt(), occurrence.getEndsAt(), occurrence.getReceivedAt());
        }
    }

    record ScopeDecisionView(String reference, String clientId, String contractId, String assetId, String assetRef,
            ScopeGapReason reason, String summary, String serviceOwner, String serviceGroup, int sightings,
            Instant firstSeenAt, Instant lastSeenAt, Instant dueAt, ScopeDecision.State state,
            ScopeDecision.Outcome outcome, String decidedBy, Instant decidedAt, String note, List<Sighting> seenIn) {

        static ScopeDecisionView of(ScopeDecision decision, List<Sighting> seenIn) {
            return new ScopeDecisionView(decision.reference(), decision.getClientId(), decision.getContractId(),
                    decision.getAssetId(), decision.getAssetRef(), decision.getReason(), decision.getSummary(),
                    decision.getServiceOwner(), decision.getServiceGroup(), decision.getSightings(),
                    decision.getFirstSeenAt(), decision.getLastSeenAt(), decision.getDueAt(), decision.getState(),
                    decision.getOutcome(), decision.getDecidedBy(), decision.getDecidedAt(), decision.getNote(), seenIn);
        }
    }

    /** A report (INC-...) or an alert (ALR-...) that met the gap. */
    record Sighting(String source, Instant seenAt) {
    }

    record ProblemReviewView(String reference, String clientId, String contractId, String assetId, String assetRef,
            String alertname, int threshold, int windowDays, int occurrences, Instant firstOccurrenceAt,
            Instant lastOccurrenceAt, String owner, Instant openedAt, Instant dueAt, Instant escalatedAt,
            ProblemReview.State state, String rootCause, String followUp, String followUpOwner, String reviewedBy,
            Instant reviewedAt) {

        static ProblemReviewView of(ProblemReview review) {
            return new ProblemReviewView(review.reference(), review.getClientId(), review.getContractId(),
                    review.getAssetId(), review.getAssetRef(), review.getAlertname(), review.getThreshold(),
                    review.getWindowDays(), review.getOccurrences(), review.getFirstOccurrenceAt(),
                    review.getLastOccurrenceAt(), review.getOwner(), review.getOpenedAt(), review.getDueAt(),
                    review.getEscalatedAt(), review.getState(), review.getRootCause(), review.getFollowUp(),
                    review.getFollowUpOwner(), review.getReviewedBy(), review.getReviewedAt());
        }
    }

    record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {
    }
}
