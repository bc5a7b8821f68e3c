package io.servicedesk.alerts;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One firing of an alert: Alertmanager's fingerprint plus its startsAt, recorded once however often it is
 * re-sent. Recurrence counts these, also after each one cleared by itself.
 */
@Entity
@Table(name = "alert_occurrences")
public class AlertOccurrence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long alertId;
    private String fingerprint;
    private Instant startsAt;
    private Instant endsAt;
    private String clientId;
    private String assetRef;
    private String alertname;
    private String severity;
    private String recurrenceKey;
    private Instant receivedAt;

    protected AlertOccurrence() {
    }

    AlertOccurrence(Alert alert, AlertmanagerMessage.Notified notified, Instant now) {
        this.alertId = alert.getId();
        this.fingerprint = notified.fingerprint();
        this.startsAt = notified.startsAt();
        this.endsAt = notified.resolved() ? notified.endsAtOr(now) : null;
        this.clientId = alert.getClientId();
        this.assetRef = alert.getAssetRef();
        this.alertname = alert.getAlertname();
        this.severity = alert.getSeverity();
        this.recurrenceKey = recurrenceKey(alert.getClientId(), alert.getAssetRef(), alert.getAlertname());
        this.receivedAt = now;
    }

    /** "The same alert on the same asset": client, asset and alert name, whatever else the labels say. */
    static String recurrenceKey(String clientId, String assetRef, String alertname) {
        return Text.cut((clientId == null ? "?" : clientId) + "|" + assetRef + "|" + alertname, 500);
    }

    void cleared(Instant at) {
        if (endsAt == null) {
            endsAt = at;
        }
    }

    public Long getId() { return id; }
    public Long getAlertId() { return alertId; }
    public String getFingerprint() { return fingerprint; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public String getClientId() { return clientId; }
    public String getAssetRef() { return assetRef; }
    public String getAlertname() { return alertname; }
    public String getSeverity() { return severity; }
    public String getRecurrenceKey() { return recurrenceKey; }
    public Instant getReceivedAt() { return receivedAt; }
}
