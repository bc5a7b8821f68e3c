package io.servicedesk.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who owned the incident before and after an assignment, an explicit change (with its reason) or a hand-off. */
@Entity
@Table(name = "audit_ownership")
class OwnershipRecord {

    enum Kind {
        OWNER_ASSIGNED, OWNER_CHANGED, HANDED_OFF
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long incidentNumber;
    private String contractId;
    private Instant reportedAt;
    private String kind;
    private Instant occurredAt;
    private String actor;
    private String ownerBefore;
    private String ownerAfter;
    private String detail;

    protected OwnershipRecord() {
    }

    OwnershipRecord(IncidentEvidence incident, Kind kind, Instant occurredAt, String actor, String ownerBefore,
            String ownerAfter, String detail) {
        this.incidentNumber = incident.getIncidentNumber();
        this.contractId = incident.getContractId();
        this.reportedAt = incident.getReportedAt();
        this.kind = kind.name();
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.ownerBefore = ownerBefore;
        this.ownerAfter = ownerAfter;
        this.detail = Commitment.clip(detail, 4000);
    }

    Long getIncidentNumber() { return incidentNumber; }
    String getKind() { return kind; }
    Instant getOccurredAt() { return occurredAt; }
    String getActor() { return actor; }
    String getOwnerBefore() { return ownerBefore; }
    String getOwnerAfter() { return ownerAfter; }
    String getDetail() { return detail; }
}
