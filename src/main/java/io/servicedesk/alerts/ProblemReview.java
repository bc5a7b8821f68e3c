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
 * The same alert on the same asset fired as often as the contract tolerates within its window, even if
 * each firing cleared by itself: a named owner finds the cause and documents the follow-up by a due date.
 * While it is open, further firings are counted on it.
 */
@Entity
@Table(name = "problem_reviews")
public class ProblemReview {

    static final String PREFIX = "PRB-";

    public enum State { OPEN, DONE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String clientId;
    private String contractId;
    private String assetId;
    private String assetRef;
    private String alertname;
    private int threshold;
    private int windowDays;
    private int occurrences;
    private Instant firstOccurrenceAt;
    private Instant lastOccurrenceAt;
    private String owner;
    private Instant openedAt;
    private Instant dueAt;
    private Instant escalatedAt;
    @Enumerated(EnumType.STRING)
    private State state;
    private String rootCause;
    private String followUp;
    private String followUpOwner;
    private String reviewedBy;
    private Instant reviewedAt;
    private String openKey;
    @Version
    private Long version;

    protected ProblemReview() {
    }

    ProblemReview(Alert alert, String recurrenceKey, int threshold, int windowDays, long occurrences,
            Instant firstOccurrenceAt, Instant lastOccurrenceAt, String owner, Instant dueAt, Instant now) {
        this.clientId = alert.getClientId();
        this.contractId = alert.getContractId();
        this.assetId = alert.getAssetId();
        this.assetRef = alert.getAssetRef();
        this.alertname = alert.getAlertname();
        this.threshold = threshold;
        this.windowDays = windowDays;
        this.occurrences = (int) occurrences;
        this.firstOccurrenceAt = firstOccurrenceAt;
        this.lastOccurrenceAt = lastOccurrenceAt;
        this.owner = owner;
        this.openedAt = now;
        this.dueAt = dueAt;
        this.state = State.OPEN;
        this.openKey = recurrenceKey;
    }

    public String reference() {
        return PREFIX + id;
    }

    static Optional<Long> idOf(String reference) {
        return References.idOf(PREFIX, reference);
    }

    void escalated(Instant at) {
        this.escalatedAt = at;
    }

    void reviewed(String by, String rootCause, String followUp, String followUpOwner, Instant at) {
        this.state = State.DONE;
        this.reviewedBy = by;
        this.rootCause = rootCause;
        this.followUp = followUp;
        this.followUpOwner = followUpOwner;
        this.reviewedAt = at;
        this.openKey = null;
    }

    public Long getId() { return id; }
    public String getClientId() { return clientId; }
    public String getContractId() { return contractId; }
    public String getAssetId() { return assetId; }
    public String getAssetRef() { return assetRef; }
    public String getAlertname() { return alertname; }
    public int getThreshold() { return threshold; }
    public int getWindowDays() { return windowDays; }
    public int getOccurrences() { return occurrences; }
    public Instant getFirstOccurrenceAt() { return firstOccurrenceAt; }
    public Instant getLastOccurrenceAt() { return lastOccurrenceAt; }
    public String getOwner() { return owner; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getDueAt() { return dueAt; }
    public Instant getEscalatedAt() { return escalatedAt; }
    public State getState() { return state; }
    public String getRootCause() { return rootCause; }
    public String getFollowUp() { return followUp; }
    public String getFollowUpOwner() { return followUpOwner; }
    public String getReviewedBy() { return reviewedBy; }
    public Instant getReviewedAt() { return reviewedAt; }
}
