package io.servicedesk.audit;

import java.time.Instant;
import java.util.List;

/**
 * One ticket's evidence: every promise made for it, frozen with the contract version and models in force
 * when it was made, against what happened; the decisions taken and who owned it throughout.
 */
public record TicketEvidence(String ticket, String clientId, String contractId, Long contractVersion, String models,
        String priority, String highestPriority, String channel, String state, Instant reportedAt,
        Instant resolvedAt, Instant closedAt, String owner, boolean scopeGap, Integer longestSilenceMinutes,
        List<Promise> commitments, List<Decision> decisions, List<OwnerEvent> ownership, Evidence.Terms contract) {

    /**
     * @param outcome KEPT, LATE or MISSED once settled; OVERDUE or PENDING while open; a decision
     *                (INCLUDED, APPROVED, REFUSED, NOT_OFFERED) for a scoped service
     */
    public record Promise(String kind, int number, String subject, String promise, Integer targetMinutes, Instant promisedAt,
            Instant actualAt, String actual, String outcome, Integer minutesLate, Long contractVersion,
            String models) {
    }

    public record Decision(String kind, Instant at, String by, String outcome, String reason, String inputs, String model,
            Long contractVersion) {
    }

    public record OwnerEvent(String kind, Instant at, String by, String ownerBefore, String ownerAfter, String detail) {
    }

    /** The outcome of a promise as it reads now. */
    static String outcome(String settled, Instant promisedAt, Instant now) {
        if (settled != null) {
            return settled;
        }
        return promisedAt != null && promisedAt.isBefore(now) ? "OVERDUE" : "PENDING";
    }

    /** Minutes past the promise: when met, or until now while overdue; null when on time or not timed. */
    static Integer minutesLate(Instant promisedAt, Instant actualAt, String outcome, Instant now) {
        if (promisedAt == null) {
            return null;
        }
        Instant measured = actualAt != null ? actualAt : "MISSED".equals(outcome) || "OVERDUE".equals(outcome)
                ? now : null;
        Integer minutes = Outcome.minutes(promisedAt, measured);
        return minutes == null || minutes <= 0 ? null : minutes;
    }
}
