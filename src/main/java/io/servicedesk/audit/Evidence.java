package io.servicedesk.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The evidence of one contract over one period: the contract as it stood, the buyer's questions answered,
 * and every figure with a link to the tickets behind it.
 */
public record Evidence(
        Contract contract,
        Period period,
        List<Terms> terms,
        List<Answer> answers,
        Incidents incidents,
        Target firstResponse,
        Target resolution,
        ClientUpdates clientUpdates,
        AfterHours afterHours,
        OnCall onCall,
        Ownership ownership,
        Vendors vendors,
        ScopedServices scopedServices,
        ScopeGaps scopeGaps,
        Reviews reviews,
        List<Week> weeks,
        String csv) {

    public record Contract(String id, String clientId, String name, String timeZone) {
    }

    public record Period(LocalDate from, LocalDate to, String timeZone, Instant start, Instant end, Instant generatedAt) {
    }

    /** A count of tickets and where to list them. */
    public record Count(long count, String figure, String tickets) {
    }

    /** A ticket that stands out (the worst, the longest), with its evidence. */
    public record Ticket(String ticket, Integer minutes, String evidence) {
    }

    /** A buyer's question, answered from the contract as it stood, with the figures that show it was kept. */
    public record Answer(String question, String answer, List<Line> evidence) {
    }

    public record Line(String text, Count count) {
    }

    public record Incidents(Count total, Map<String, Count> byPriority, Map<String, Count> byChannel) {
    }

    /** A timed promise over the period: kept, late, missed (never met), pending (not due yet). */
    public record Target(Count kept, Count late, Count missed, Count pending, Double percentKept, Ticket worst) {
    }

    /** Client updates are counted one by one; their links list the tickets with such an update. */
    public record ClientUpdates(long due, Count kept, Count late, Count missed, long pending, Double percentKept,
            VendorInvolved whileVendorInvolved, List<Ticket> longestSilenceP1, Count silences) {
    }

    public record VendorInvolved(long kept, long late, long missed) {
    }

    public record AfterHours(Count insideWindow, Count outsideWindow, Count paged, long pages, Count queued,
            Count workedNow, List<DecisionGroup> decisions) {
    }

    /** Coverage decisions taken alike: what was decided, on which inputs, why, how often. */
    public record DecisionGroup(String action, String priority, Boolean inWindow, String afterHoursCoverage,
            String reason, long decisions, long incidents, String example, String tickets) {
    }

    public record OnCall(Count paged, Count acknowledgedInTime, Count acknowledgedLate, Count notAcknowledged,
            Count waiting, Count escalated, Double averageAckMinutes, Integer worstAckMinutes) {
    }

    public record Ownership(Count ownerChanged, long ownerChanges, Count handedOff, long handoffs, long handoffsOwnerKept,
            Count handoffChangedOwner, List<OwnerChange> changes) {
    }

    public record OwnerChange(String ticket, Instant at, String by, String from, String to, String detail, String evidence) {
    }

    public record Vendors(Count escalated, long cases, Count chased, long chases, Count lateOrSilent,
            Integer worstResponseMinutes) {
    }

    /** What the contract says per service (as it stood at the end of the period) and what was asked for. */
    public record ScopedServices(Map<String, String> contract, Count included, Count approved, Count refused,
            Count notOffered, Count awaiting) {
    }

    /** Incidents on systems outside the contract; scope decisions and recurring alerts where alerts keep them. */
    public record ScopeGaps(Count incidents, AlertFigures.Summary alerts) {
    }

    /** Follow-ups are null until reviews track them as items with owners and due dates. */
    public record Reviews(Count required, Count done, Count open, Count late, FollowUps followUps) {
    }

    public record FollowUps(long done, long open, long late) {
    }

    public record Week(LocalDate week, long incidents, Double firstResponsePercent, Double resolutionPercent,
            long updatesKept, long updatesLate, long updatesMissed, long afterHoursPages) {
    }

    /** A contract version in force during the period: the documented promise then. */
    public record Terms(long version, Instant inForceFrom, Instant inForceUntil, String name, String timeZone,
            List<String> supportWindow, List<String> holidays, String afterHoursCoverage,
            Map<String, Target> targets, Map<String, String> scopedServices, List<String> vendors,
            int ackTimeoutMinutes, String defaultOwner, LocalDate validFrom, LocalDate validTo) {

        public record Target(int responseMinutes, Integer updateCadenceMinutes, int resolutionMinutes, int handoffMinutes) {
        }
    }
}
