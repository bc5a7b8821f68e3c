package io.servicedesk.incident;

import io.servicedesk.contract.Priority;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "incidents")
public class Incident {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_seq")
    @SequenceGenerator(name = "ticket_seq", sequenceName = "ticket_seq", allocationSize = 1)
    private Long number;
    private String clientId;
    private String contractId;
    private String assetId;
    private String summary;
    private String description;
    private String reporterName;
    private String reporterEmail;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private Boolean criticalOperationsDown;
    private Integer usersBlocked;
    private Boolean containmentRequired;
    private String externalRef;
    /** The external reference while this is the newest incident with it: what a retry finds. */
    private String externalRefKey;
    /** The earlier, closed incident this one is a recurrence of. */
    private Long recurrenceOf;
    private String idempotencyKey;
    private String requestFingerprint;
    private boolean scopeGap;
    @Enumerated(EnumType.STRING)
    private Priority priority;
    @Enumerated(EnumType.STRING)
    private Priority highestPriority;
    private String triageReason;
    @Enumerated(EnumType.STRING)
    private IncidentState state;
    private String accountableOwner;
    private String workingTeam;
    private String assignee;
    private Instant reportedAt;
    private Instant updatedAt;
    private Instant resolvedAt;
    private Boolean inWindow;
    private String coverageAction;
    private String coverageReason;
    private Instant windowOpensAt;
    private Instant responseDueAt;
    private Instant respondedAt;
    private String acknowledgedBy;
    private Instant acknowledgedAt;
    private Instant closedAt;
    private String closure;
    private String resolution;
    private String confirmedBy;
    private Instant confirmedAt;
    private Instant nextUpdateDueAt;
    private int coverageChecks;
    private Instant triageReviewDueAt;
    private int triageReviewEscalations;
    private String triageReviewEscalatedTo;
    private Instant resolutionDueAt;
    private Instant resolutionBreachedAt;
    @Version
    private Long version;

    protected Incident() {
    }

    /** What the reporter told us, and where it stands in the contract. */
    public record Report(String clientId, String contractId, String assetId, String summary, String description,
            String reporterName, String reporterEmail, Channel channel, Boolean criticalOperationsDown,
            Integer usersBlocked, Boolean containmentRequired, String externalRef, String idempotencyKey,
            String requestFingerprint, boolean scopeGap) {
    }

    public static Incident reported(Report report, Instant at) {
        Incident incident = new Incident();
        incident.clientId = report.clientId();
        incident.contractId = report.contractId();
        incident.assetId = report.assetId();
        incident.summary = report.summary();
        incident.description = report.description();
        incident.reporterName = report.reporterName();
        incident.reporterEmail = report.reporterEmail();
        incident.channel = report.channel();
        incident.criticalOperationsDown = report.criticalOperationsDown();
        incident.usersBlocked = report.usersBlocked();
        incident.containmentRequired = report.containmentRequired();
        incident.externalRef = report.externalRef();
        incident.externalRefKey = report.externalRef();
        incident.idempotencyKey = report.idempotencyKey();
        incident.requestFingerprint = report.requestFingerprint();
        incident.scopeGap = report.scopeGap();
        incident.state = IncidentState.REPORTED;
        incident.reportedAt = at;
        incident.updatedAt = at;
        return incident;
    }

    public String ticket() {
        return Tickets.of(number);
    }

    void prioritise(Priority priority, String reason, Instant at) {
        this.priority = priority;
        // P1 is the most severe: the lowest ordinal
        if (highestPriority == null || priority.ordinal() < highestPriority.ordinal()) {
            this.highestPriority = priority;
        }
        this.triageReason = reason;
        this.updatedAt = at;
    }

    void ownedBy(String owner, Instant at) {
        this.accountableOwner = owner;
        this.updatedAt = at;
    }

    void moveTo(IncidentState state, Instant at) {
        this.state = state;
        if (state == IncidentState.RESOLVED && resolvedAt == null) {
            this.resolvedAt = at;
        }
        this.updatedAt = at;
    }

    void workedBy(String team, String assignee, Instant at) {
        this.workingTeam = team;
        this.assignee = assignee;
        this.updatedAt = at;
    }

    void covered(boolean inWindow, String action, String reason, Instant windowOpensAt, Instant responseDueAt,
            Instant at) {
        this.inWindow = inWindow;
        this.coverageAction = action;
        this.coverageReason = reason;
        this.windowOpensAt = windowOpensAt;
        this.responseDueAt = responseDueAt;
        this.coverageChecks++;
        this.updatedAt = at;
    }

    /** @return true for the first response, which counts against the response target */
    boolean responded(Instant at) {
        if (respondedAt != null) {
            return false;
        }
        this.respondedAt = at;
        return true;
    }

    void acknowledged(String by, Instant at) {
        this.acknowledgedBy = by;
        this.acknowledgedAt = at;
        this.updatedAt = at;
    }

    void reviewDue(Instant at) {
        this.triageReviewDueAt = at;
    }

    void reviewEscalated(String group) {
        if (group != null) {
            this.triageReviewEscalations++;
        }
        this.triageReviewEscalatedTo = group;
    }

    void resolutionDue(Instant at) {
        this.resolutionDueAt = at;
    }

    void resolutionBreached(Instant at) {
        this.resolutionBreachedAt = at;
    }

    /** A recurrence takes over the external reference: retries of the new report find the new incident. */
    void releaseExternalRef() {
        this.externalRefKey = null;
    }

    void recurrenceOf(Long earlier) {
        this.recurrenceOf = earlier;
    }

    void resolvedWith(String resolution) {
        this.resolution = resolution;
    }

    void confirmed(String by, Instant at) {
        this.confirmedBy = by;
        this.confirmedAt = at;
        this.updatedAt = at;
    }

    void closed(String closure, Instant at) {
        this.state = IncidentState.CLOSED;
        this.closure = closure;
        this.closedAt = at;
        this.updatedAt = at;
    }

    void nextUpdateDue(Instant at) {
        this.nextUpdateDueAt = at;
    }

    public Long getNumber() { return number; }
    public String getClientId() { return clientId; }
    public String getContractId() { return contractId; }
    public String getAssetId() { return assetId; }
    public String getSummary() { return summary; }
    public String getDescription() { return description; }
    public String getReporterName() { return reporterName; }
    public String getReporterEmail() { return reporterEmail; }
    public Channel getChannel() { return channel; }
    public Boolean getCriticalOperationsDown() { return criticalOperationsDown; }
    public Integer getUsersBlocked() { return usersBlocked; }
    public Boolean getContainmentRequired() { return containmentRequired; }
    public String getExternalRef() { return externalRef; }
    public Long getRecurrenceOf() { return recurrenceOf; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public String getRequestFingerprint() { return requestFingerprint; }
    public boolean isScopeGap() { return scopeGap; }
    public Priority getPriority() { return priority; }
    public Priority getHighestPriority() { return highestPriority; }
    public String getTriageReason() { return triageReason; }
    public IncidentState getState() { return state; }
    public String getAccountableOwner() { return accountableOwner; }
    public String getWorkingTeam() { return workingTeam; }
    public String getAssignee() { return assignee; }
    public Instant getReportedAt() { return reportedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getResolvedAt() { return resolvedAt; }
    public Boolean getInWindow() { return inWindow; }
    public String getCoverageAction() { return coverageAction; }
    public String getCoverageReason() { return coverageReason; }
    public Instant getWindowOpensAt() { return windowOpensAt; }
    public Instant getResponseDueAt() { return responseDueAt; }
    public Instant getRespondedAt() { return respondedAt; }
    public String getAcknowledgedBy() { return acknowledgedBy; }
    public Instant getAcknowledgedAt() { return acknowledgedAt; }
    public Instant getClosedAt() { return closedAt; }
    public String getClosure() { return closure; }
    public String getResolution() { return resolution; }
    public String getConfirmedBy() { return confirmedBy; }
    public Instant getConfirmedAt() { return confirmedAt; }
    public Instant getNextUpdateDueAt() { return nextUpdateDueAt; }
    public int getCoverageChecks() { return coverageChecks; }
    public Instant getTriageReviewDueAt() { return triageReviewDueAt; }
    public int getTriageReviewEscalations() { return triageReviewEscalations; }
    public String getTriageReviewEscalatedTo() { return triageReviewEscalatedTo; }
    public Instant getResolutionDueAt() { return resolutionDueAt; }
    public Instant getResolutionBreachedAt() { return resolutionBreachedAt; }

    /** Resolved or closed: the client-update loop and every other clock of the incident stop. */
    public boolean isStabilised() {
        return state == IncidentState.RESOLVED || state == IncidentState.CLOSED;
    }
}
