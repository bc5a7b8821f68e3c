package io.servicedesk.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;

/**
 * One incident as the contract-period report counts it: its figures precomputed from its commitments and
 * decisions whenever it changes, so that a report over a period is one range scan over these rows.
 */
@Entity
@Table(name = "audit_incidents")
class IncidentEvidence {

    @Id
    private Long incidentNumber;
    private String ticket;
    private String clientId;
    private String contractId;
    private Long contractVersion;
    private String models;
    private String channel;
    private String priority;
    private String highestPriority;
    private String state;
    private boolean scopeGap;
    private String owner;
    private Instant reportedAt;
    private LocalDate reportedWeek;
    private Instant responseDueAt;
    private Instant respondedAt;
    private Integer responseMinutes;
    private Integer responseLateMinutes;
    private String responseOutcome;
    private Instant resolutionDueAt;
    private Instant resolvedAt;
    private Integer resolutionLateMinutes;
    private String resolutionOutcome;
    private Instant updateDueAt;
    private Integer longestSilenceMinutes;
    private Boolean inWindow;
    private String coverageAction;
    private int afterHoursPages;
    private int afterHoursQueued;
    private int afterHoursWorkedNow;
    private Instant pagedAt;
    private Instant acknowledgedAt;
    private String acknowledgedBy;
    private Integer ackMinutes;
    private String ackOutcome;
    private int pageEscalations;
    private int ownerChanges;
    private int handoffs;
    private int handoffsOwnerKept;
    private int vendorCases;
    private int vendorChases;
    private int vendorLate;
    private Integer vendorResponseMinutes;
    private int scopedIncluded;
    private int scopedApproved;
    private int scopedRefused;
    private int scopedNotOffered;
    private int scopedAwaiting;
    private boolean reviewRequired;
    private Instant reviewDueAt;
    private Instant reviewedAt;
    private String reviewOutcome;
    private Integer followUps;
    private Integer followUpsDone;
    private Integer followUpsLate;
    private Instant closedAt;
    private Instant updatedAt;
    private long flags;

    protected IncidentEvidence() {
    }

    IncidentEvidence(Long incidentNumber, String ticket, String clientId, String contractId, Long contractVersion,
            String channel, Instant reportedAt, ZoneId contractZone) {
        this.incidentNumber = incidentNumber;
        this.ticket = ticket;
        this.clientId = clientId;
        this.contractId = contractId;
        this.contractVersion = contractVersion;
        this.channel = channel;
        this.reportedAt = reportedAt;
        this.reportedWeek = weekOf(reportedAt, contractZone);
        this.state = "REPORTED";
        this.updatedAt = reportedAt;
    }

    /** The Monday that starts the week of an instant, in the contract's time zone. */
    static LocalDate weekOf(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Where the incident record stands now. */
    void follow(String state, String priority, String owner, boolean scopeGap, Instant resolvedAt, Instant closedAt,
            Instant at) {
        this.state = state;
        this.priority = priority;
        if (priority != null && (highestPriority == null || priority.compareTo(highestPriority) < 0)) {
            this.highestPriority = priority;
        }
        this.reviewRequired = "P1".equals(highestPriority);
        this.owner = owner;
        this.scopeGap = scopeGap;
        this.resolvedAt = resolvedAt;
        this.closedAt = closedAt;
        this.updatedAt = at;
    }

    /** Remembers a model that produced a fact about this incident ("incident v3, triage v2"). */
    String usedModel(String model) {
        if (model != null && (models == null || !List.of(models.split(", ")).contains(model))) {
            String all = models == null ? model : models + ", " + model;
            if (all.length() <= 500) {
                models = all;
            }
        }
        return models;
    }

    void coverageDecided(boolean inWindow, String action) {
        if (this.inWindow == null) {
            this.inWindow = inWindow;
            this.coverageAction = action;
        }
        if (!inWindow) {
            switch (action) {
                case "PAGE_ON_CALL" -> afterHoursPages++;
                case "QUEUE_FOR_WINDOW" -> afterHoursQueued++;
                default -> afterHoursWorkedNow++;
            }
        }
    }

    void paged(Instant at) {
        if (pagedAt == null) {
            pagedAt = at;
        }
    }

    void pageEscalated() {
        pageEscalations++;
    }

    void acknowledged(String by, Instant at) {
        this.acknowledgedBy = by;
        this.acknowledgedAt = at;
    }

    void ownerChanged() {
        ownerChanges++;
    }

    void handedOff(boolean ownerKept) {
        handoffs++;
        if (ownerKept) {
            handoffsOwnerKept++;
        }
    }

    void vendorCases(int cases, int chases) {
        this.vendorCases = cases;
        this.vendorChases = chases;
    }

    void scopedServices(int included, int approved, int refused, int notOffered, int awaiting) {
        this.scopedIncluded = included;
        this.scopedApproved = approved;
        this.scopedRefused = refused;
        this.scopedNotOffered = notOffered;
        this.scopedAwaiting = awaiting;
    }

    void reviewed(Instant at) {
        this.reviewedAt = at;
    }

    /** The follow-up actions a P1 review decided: how many, how many done, how many done late or overdue. */
    void followUps(int total, int done, int late) {
        this.followUps = total;
        this.followUpsDone = done;
        this.followUpsLate = late;
    }

    void silence(Integer longestMinutes) {
        this.longestSilenceMinutes = longestMinutes;
    }

    /** The client-update promise last seen on the incident record. */
    void updateDue(Instant at) {
        this.updateDueAt = at;
    }

    /** Counts the incident's figures from its commitments, as they stand. */
    void tally(List<Commitment> commitments) {
        vendorLate = 0;
        vendorResponseMinutes = null;
        for (Commitment commitment : commitments) {
            Commitment.Kind kind = Commitment.Kind.valueOf(commitment.getKind());
            switch (kind) {
                case FIRST_RESPONSE -> {
                    responseDueAt = commitment.getPromisedAt();
                    respondedAt = commitment.getActualAt();
                    responseMinutes = Outcome.minutes(reportedAt, respondedAt);
                    responseLateMinutes = Outcome.minutes(responseDueAt, respondedAt);
                    responseOutcome = commitment.getOutcome();
                }
                case RESOLUTION -> {
                    resolutionDueAt = commitment.getPromisedAt();
                    resolutionLateMinutes = Outcome.minutes(resolutionDueAt, commitment.getActualAt());
                    resolutionOutcome = commitment.getOutcome();
                }
                case PAGE_ACKNOWLEDGEMENT -> {
                    ackOutcome = commitment.getOutcome();
                    ackMinutes = Outcome.minutes(pagedAt, acknowledgedAt);
                }
                case VENDOR_RESPONSE -> {
                    if (Outcome.LATE.name().equals(commitment.getOutcome())
                            || Outcome.MISSED.name().equals(commitment.getOutcome())) {
                        vendorLate++;
                    }
                    Integer minutes = Outcome.minutes(commitment.getRecordedAt(), commitment.getActualAt());
                    if (minutes != null && (vendorResponseMinutes == null || minutes > vendorResponseMinutes)) {
                        vendorResponseMinutes = minutes;
                    }
                }
                case P1_REVIEW -> {
                    reviewDueAt = commitment.getPromisedAt();
                    reviewOutcome = commitment.getOutcome();
                }
                case CLIENT_UPDATE, SCOPED_SERVICE -> {
                    // client updates are counted from their commitments (a mail is recorded in a transaction
                    // of its own); scoped services by scopedServices(...), their outcomes are decisions
                }
            }
        }
        flag();
    }

    /** The facts the report counts, from the figures as they stand (see {@link Fact}). */
    private void flag() {
        java.util.Set<Fact> facts = java.util.EnumSet.noneOf(Fact.class);
        outcome(facts, responseOutcome, responseDueAt, Fact.RESPONSE_KEPT, Fact.RESPONSE_LATE, Fact.RESPONSE_MISSED,
                Fact.RESPONSE_OPEN);
        outcome(facts, resolutionOutcome, resolutionDueAt, Fact.RESOLUTION_KEPT, Fact.RESOLUTION_LATE,
                Fact.RESOLUTION_MISSED, Fact.RESOLUTION_OPEN);
        if (inWindow != null) {
            facts.add(inWindow ? Fact.INSIDE_WINDOW : Fact.OUTSIDE_WINDOW);
        }
        flag(facts, afterHoursPages > 0, Fact.PAGED);
        flag(facts, afterHoursQueued > 0, Fact.QUEUED);
        flag(facts, afterHoursWorkedNow > 0, Fact.WORKED_NOW);
        if (pagedAt != null) {
            outcome(facts, ackOutcome, pagedAt, Fact.ACK_KEPT, Fact.ACK_LATE, Fact.ACK_MISSED, Fact.ACK_OPEN);
        }
        flag(facts, pageEscalations > 0, Fact.PAGE_ESCALATED);
        flag(facts, ownerChanges > 0, Fact.OWNER_CHANGED);
        flag(facts, handoffs > 0, Fact.HANDED_OFF);
        flag(facts, handoffs > handoffsOwnerKept, Fact.HANDOFF_CHANGED_OWNER);
        flag(facts, vendorCases > 0, Fact.VENDOR);
        flag(facts, vendorChases > 0, Fact.VENDOR_CHASED);
        flag(facts, vendorLate > 0, Fact.VENDOR_LATE);
        flag(facts, scopedIncluded > 0, Fact.SCOPED_INCLUDED);
        flag(facts, scopedApproved > 0, Fact.SCOPED_APPROVED);
        flag(facts, scopedRefused > 0, Fact.SCOPED_REFUSED);
        flag(facts, scopedNotOffered > 0, Fact.SCOPED_NOT_OFFERED);
        flag(facts, scopedAwaiting > 0, Fact.SCOPED_AWAITING);
        flag(facts, scopeGap, Fact.SCOPE_GAP);
        flag(facts, reviewRequired, Fact.REVIEW_REQUIRED);
        flag(facts, reviewRequired && reviewedAt != null, Fact.REVIEW_DONE);
        flag(facts, reviewRequired && reviewedAt == null, Fact.REVIEW_OPEN);
        flag(facts, Outcome.LATE.name().equals(reviewOutcome), Fact.REVIEW_LATE);
        flag(facts, "P1".equals(highestPriority) && longestSilenceMinutes != null, Fact.LONGEST_SILENCE);
        this.flags = Fact.flags(facts);
    }

    private static void outcome(java.util.Set<Fact> facts, String outcome, Instant due, Fact kept, Fact late,
            Fact missed, Fact open) {
        if (outcome != null) {
            facts.add(switch (Outcome.valueOf(outcome)) {
                case KEPT -> kept;
                case LATE -> late;
                case MISSED -> missed;
            });
        } else if (due != null) {
            facts.add(open);
        }
    }

    private static void flag(java.util.Set<Fact> facts, boolean holds, Fact fact) {
        if (holds) {
            facts.add(fact);
        }
    }

    boolean ownerIs(String candidate) {
        return Objects.equals(owner, candidate);
    }

    Long getIncidentNumber() { return incidentNumber; }
    String getTicket() { return ticket; }
    String getClientId() { return clientId; }
    String getContractId() { return contractId; }
    Long getContractVersion() { return contractVersion; }
    String getModels() { return models; }
    String getChannel() { return channel; }
    String getPriority() { return priority; }
    String getHighestPriority() { return highestPriority; }
    String getState() { return state; }
    boolean isScopeGap() { return scopeGap; }
    String getOwner() { return owner; }
    Instant getReportedAt() { return reportedAt; }
    LocalDate getReportedWeek() { return reportedWeek; }
    Instant getResolvedAt() { return resolvedAt; }
    Instant getUpdateDueAt() { return updateDueAt; }
    Instant getPagedAt() { return pagedAt; }
    Instant getAcknowledgedAt() { return acknowledgedAt; }
    String getAcknowledgedBy() { return acknowledgedBy; }
    Integer getLongestSilenceMinutes() { return longestSilenceMinutes; }
    boolean isReviewRequired() { return reviewRequired; }
    Instant getReviewedAt() { return reviewedAt; }
    Instant getClosedAt() { return closedAt; }
    int getPageEscalations() { return pageEscalations; }
    long getFlags() { return flags; }
}
