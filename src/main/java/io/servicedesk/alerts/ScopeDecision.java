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
 * A scope gap put to the service owner: add the system to the contract, or tell the client it is outside
 * the plan. One stands per client and system while it is open, and while "outside the plan" stands:
 * later reports and alerts about the same system are counted on it instead of asking again.
 */
@Entity
@Table(name = "scope_decisions")
public class ScopeDecision {

    static final String PREFIX = "SCD-";

    public enum State { OPEN, DECIDED }

    public enum Outcome {
        /** The system belongs in the contract: a catalogued asset comes into scope at once. */
        ADD_TO_CONTRACT,
        /** The client is told that the system is outside the plan; it stays outside. */
        OUTSIDE_PLAN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String clientId;
    private String contractId;
    private String assetId;
    private String assetRef;
    @Enumerated(EnumType.STRING)
    private ScopeGapReason reason;
    private String firstSource;
    private String summary;
    private String serviceOwner;
    private String serviceGroup;
    private int sightings;
    private Instant firstSeenAt;
    private Instant lastSeenAt;
    private Instant dueAt;
    @Enumerated(EnumType.STRING)
    private State state;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    private String decidedBy;
    private Instant decidedAt;
    private String note;
    private String standingKey;
    @Version
    private Long version;

    protected ScopeDecision() {
    }

    ScopeDecision(ScopeGaps.Gap gap, String serviceOwner, String serviceGroup, Instant dueAt, Instant now) {
        this.clientId = gap.clientId();
        this.contractId = gap.contractId();
        this.assetId = gap.assetId();
        this.assetRef = gap.assetRef();
        this.reason = gap.reason();
        this.firstSource = gap.source();
        this.summary = Text.cut(gap.summary(), 400);
        this.serviceOwner = serviceOwner;
        this.serviceGroup = serviceGroup;
        this.sightings = 1;
        this.firstSeenAt = now;
        this.lastSeenAt = now;
        this.dueAt = dueAt;
        this.state = State.OPEN;
        this.standingKey = standingKey(gap.clientId(), gap.assetRef());
    }

    static String standingKey(String clientId, String assetRef) {
        return Text.cut((clientId == null ? "?" : clientId) + "|" + assetRef, 300);
    }

    public String reference() {
        return PREFIX + id;
    }

    static Optional<Long> idOf(String reference) {
        return References.idOf(PREFIX, reference);
    }

    void sighted(Instant at) {
        sightings++;
        lastSeenAt = at;
    }

    void decided(Outcome outcome, String by, String note, Instant at) {
        this.state = State.DECIDED;
        this.outcome = outcome;
        this.decidedBy = by;
        this.note = note;
        this.decidedAt = at;
        // "outside the plan" keeps standing, so the same system does not ask again; an addition ends it
        if (outcome == Outcome.ADD_TO_CONTRACT) {
            this.standingKey = null;
        }
    }

    public Long getId() { return id; }
    public String getClientId() { return clientId; }
    public String getContractId() { return contractId; }
    public String getAssetId() { return assetId; }
    public String getAssetRef() { return assetRef; }
    public ScopeGapReason getReason() { return reason; }
    public String getFirstSource() { return firstSource; }
    public String getSummary() { return summary; }
    public String getServiceOwner() { return serviceOwner; }
    public String getServiceGroup() { return serviceGroup; }
    public int getSightings() { return sightings; }
    public Instant getFirstSeenAt() { return firstSeenAt; }
    public Instant getLastSeenAt() { return lastSeenAt; }
    public Instant getDueAt() { return dueAt; }
    public State getState() { return state; }
    public Outcome getOutcome() { return outcome; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getNote() { return note; }
}
