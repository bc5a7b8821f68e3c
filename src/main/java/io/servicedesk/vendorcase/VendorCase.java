package io.servicedesk.vendorcase;

import io.servicedesk.contract.VendorKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A case opened with a vendor for an incident; our owner keeps the incident throughout. */
@Entity
@Table(name = "vendor_cases")
public class VendorCase {

    public enum Status {
        OPEN, FIX_REPORTED, FIX_VERIFIED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long incidentNumber;
    @Enumerated(EnumType.STRING)
    private VendorKind vendorKind;
    private String vendorName;
    private String vendorEmail;
    private String reference;
    private String openedBy;
    private Instant openedAt;
    private Instant lastUpdateAt;
    private String lastUpdate;
    private Instant nextChaseAt;
    private int chases;
    /** Chases since the vendor last answered. */
    private int unansweredChases;
    private int escalations;
    private Instant escalatedAt;
    @Enumerated(EnumType.STRING)
    private Status status;

    protected VendorCase() {
    }

    VendorCase(Long incidentNumber, VendorKind kind, String vendorName, String vendorEmail, String reference,
            String openedBy, Instant openedAt, Instant nextChaseAt) {
        this.incidentNumber = incidentNumber;
        this.vendorKind = kind;
        this.vendorName = vendorName;
        this.vendorEmail = vendorEmail;
        this.reference = reference;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
        this.nextChaseAt = nextChaseAt;
        this.status = Status.OPEN;
    }

    void updated(String text, boolean fixReported, Instant at, Instant nextChase) {
        this.unansweredChases = 0;
        this.lastUpdate = text;
        this.lastUpdateAt = at;
        this.nextChaseAt = fixReported ? null : nextChase;
        this.status = fixReported ? Status.FIX_REPORTED : Status.OPEN;
    }

    void chased(Instant nextChase) {
        this.chases++;
        this.unansweredChases++;
        this.nextChaseAt = nextChase;
    }

    /** The owner and the duty manager were asked to step in; the next escalation counts chases from here. */
    void escalated(Instant at) {
        this.escalations++;
        this.escalatedAt = at;
        this.unansweredChases = 0;
    }

    void fixVerified(boolean works, Instant nextChase) {
        this.status = works ? Status.FIX_VERIFIED : Status.OPEN;
        this.nextChaseAt = works ? null : nextChase;
    }

    public Long getId() { return id; }
    public Long getIncidentNumber() { return incidentNumber; }
    public VendorKind getVendorKind() { return vendorKind; }
    public String getVendorName() { return vendorName; }
    public String getVendorEmail() { return vendorEmail; }
    public String getReference() { return reference; }
    public String getOpenedBy() { return openedBy; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getLastUpdateAt() { return lastUpdateAt; }
    public String getLastUpdate() { return lastUpdate; }
    public Instant getNextChaseAt() { return nextChaseAt; }
    public int getChases() { return chases; }
    public int getUnansweredChases() { return unansweredChases; }
    public int getEscalations() { return escalations; }
    public Instant getEscalatedAt() { return escalatedAt; }
    public Status getStatus() { return status; }
}
