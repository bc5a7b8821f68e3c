package io.servicedesk.alerts;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * One monitoring alert as we track it: who owns it, where it was routed, how often it fired. While it
 * is open its fingerprint is also its {@code openFingerprint}, which is unique: Alertmanager's re-sends
 * and concurrent deliveries extend this record and never make a second one.
 */
@Entity
@Table(name = "alerts")
public class Alert {

    static final String PREFIX = "ALR-";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String fingerprint;
    private String openFingerprint;
    private String alertname;
    private String severity;
    private String clientId;
    private String contractId;
    private String assetId;
    private String assetRef;
    private String summary;
    private String description;
    private String labels;
    private String generatorUrl;
    @Enumerated(EnumType.STRING)
    private AlertRoute route;
    @Enumerated(EnumType.STRING)
    private AlertState state;
    private String owner;
    private String team;
    private String ownerReason;
    private Instant firstStartsAt;
    private Instant receivedAt;
    private Instant lastSeenAt;
    private int occurrences;
    private int notifications;
    private Instant clearedAt;
    private Instant acknowledgeBy;
    private Instant escalatedAt;
    private String escalatedTo;
    private String acknowledgedBy;
    private Instant acknowledgedAt;
    @Enumerated(EnumType.STRING)
    private AlertImpact impact;
    private Integer impactUsersBlocked;
    private String acknowledgementNote;
    private Long incidentNumber;
    private Long scopeDecisionId;
    private String receivedBy;
    private Instant closedAt;
    @Version
    private Long version;

    protected Alert() {
    }

    static Alert received(AlertmanagerMessage.Notified notified, AlertMapping.Target target, String receivedBy,
            Instant now) {
        Alert alert = new Alert();
        alert.fingerprint = notified.fingerprint();
        alert.openFingerprint = notified.fingerprint();
        alert.alertname = Text.cut(notified.alertname(), 200);
        alert.severity = Text.cut(notified.severity(), 32);
        alert.clientId = target.clientId();
        alert.contractId = target.contractId();
        alert.assetId = target.assetId();
        alert.assetRef = target.assetRef();
        alert.summary = Text.cut(notified.summary(), 400);
        alert.description = Text.cut(notified.description(), 4000);
        alert.labels = Text.cut(notified.labelsText(), 4000);
        alert.generatorUrl = Text.cut(notified.generatorURL(), 1000);
        alert.route = target.route();
        alert.state = AlertState.RECEIVED;
        alert.owner = target.owner();
        alert.team = target.team();
        alert.ownerReason = target.ownerReason();
        alert.firstStartsAt = notified.startsAt();
        alert.receivedAt = now;
        alert.lastSeenAt = now;
        alert.occurrences = 1;
        alert.notifications = 1;
        alert.receivedBy = receivedBy;
        if (notified.resolved()) {
            alert.clearedAt = notified.endsAtOr(now);
        }
        return alert;
    }

    public String reference() {
        return PREFIX + id;
    }

    static Optional<Long> idOf(String reference) {
        return References.idOf(PREFIX, reference);
    }

    boolean isOpen() {
        return openFingerprint != null;
    }

    boolean isCleared() {
        return clearedAt != null;
    }

    /** An alert that raised an incident stays open as long as its incident: the incident decides when it is over. */
    boolean followsIncident() {
        return route == AlertRoute.INCIDENT || incidentNumber != null;
    }

    /** A new firing (a new startsAt) of the alert while it is still open. */
    void firedAgain(Instant now) {
        occurrences++;
        notifications++;
        lastSeenAt = now;
        clearedAt = null;
    }

    void cleared(Instant endsAt, Instant now) {
        notifications++;
        lastSeenAt = now;
        if (clearedAt == null) {
            clearedAt = endsAt;
        }
    }

    void close(Instant now) {
        openFingerprint = null;
        closedAt = now;
    }

    void routed(AlertState state) {
        this.state = state;
    }

    void awaitAcknowledgement(Instant by) {
        this.state = AlertState.AWAITING_ACKNOWLEDGEMENT;
        this.acknowledgeBy = by;
    }

    void escalated(String to, Instant at) {
        this.state = AlertState.ESCALATED;
        this.escalatedTo = to;
        this.escalatedAt = at;
    }

    void acknowledged(String by, Instant at, AlertImpact impact, Integer usersBlocked, String note) {
        this.state = AlertState.ACKNOWLEDGED;
        this.acknowledgedBy = by;
        this.acknowledgedAt = at;
        this.impact = impact;
        this.impactUsersBlocked = usersBlocked;
        this.acknowledgementNote = note;
    }

    void incidentRaised(Long number) {
        this.state = AlertState.INCIDENT_RAISED;
        this.incidentNumber = number;
    }

    void scopeDecision(Long decisionId) {
        this.state = AlertState.SCOPE_DECISION;
        this.scopeDecisionId = decisionId;
    }

    public Long getId() { return id; }
    public String getFingerprint() { return fingerprint; }
    public String getAlertname() { return alertname; }
    public String getSeverity() { return severity; }
    public String getClientId() { return clientId; }
    public String getContractId() { return contractId; }
    public String getAssetId() { return assetId; }
    public String getAssetRef() { return assetRef; }
    public String getSummary() { return summary; }
    public String getDescription() { return description; }
    public String getLabels() { return labels; }
    public String getGeneratorUrl() { return generatorUrl; }
    public AlertRoute getRoute() { return route; }
    public AlertState getState() { return state; }
    public String getOwner() { return owner; }
    public String getTeam() { return team; }
    public String getOwnerReason() { return ownerReason; }
    public Instant getFirstStartsAt() { return firstStartsAt; }
    public Instant getReceivedAt() { return receivedAt; }
    public Instant getLastSeenAt() { return lastSeenAt; }
    public int getOccurrences() { return occurrences; }
    public int getNotifications() { return notifications; }
    public Instant getClearedAt() { return clearedAt; }
    public Instant getAcknowledgeBy() { return acknowledgeBy; }
    public Instant getEscalatedAt() { return escalatedAt; }
    public String getEscalatedTo() { return escalatedTo; }
    public String getAcknowledgedBy() { return acknowledgedBy; }
    public Instant getAcknowledgedAt() { return acknowledgedAt; }
    public AlertImpact getImpact() { return impact; }
    public Integer getImpactUsersBlocked() { return impactUsersBlocked; }
    public String getAcknowledgementNote() { return acknowledgementNote; }
    public Long getIncidentNumber() { return incidentNumber; }
    public Long getScopeDecisionId() { return scopeDecisionId; }
    public String getReceivedBy() { return receivedBy; }
    public Instant getClosedAt() { return closedAt; }
}
