package io.servicedesk.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A triage or coverage decision with the inputs it was taken on and the model and contract version behind it. */
@Entity
@Table(name = "audit_decisions")
class DecisionRecord {

    enum Kind {
        TRIAGE, COVERAGE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long incidentNumber;
    private String contractId;
    private Instant reportedAt;
    private String kind;
    private Instant decidedAt;
    private String decidedBy;
    private String outcome;
    private String reason;
    private String inputs;
    private String priority;
    private Boolean inWindow;
    private String afterHoursCoverage;
    private String model;
    private Long contractVersion;

    protected DecisionRecord() {
    }

    DecisionRecord(IncidentEvidence incident, Kind kind, Instant decidedAt, String decidedBy, String outcome,
            String reason, String inputs, String priority, Boolean inWindow, String afterHoursCoverage, String model,
            Long contractVersion) {
        this.incidentNumber = incident.getIncidentNumber();
        this.contractId = incident.getContractId();
        this.reportedAt = incident.getReportedAt();
        this.kind = kind.name();
        this.decidedAt = decidedAt;
        this.decidedBy = decidedBy;
        this.outcome = outcome;
        this.reason = Commitment.clip(reason, 500);
        this.inputs = Commitment.clip(inputs, 2000);
        this.priority = priority;
        this.inWindow = inWindow;
        this.afterHoursCoverage = afterHoursCoverage;
        this.model = Commitment.clip(model, 500);
        this.contractVersion = contractVersion;
    }

    Long getIncidentNumber() { return incidentNumber; }
    String getKind() { return kind; }
    Instant getDecidedAt() { return decidedAt; }
    String getDecidedBy() { return decidedBy; }
    String getOutcome() { return outcome; }
    String getReason() { return reason; }
    String getInputs() { return inputs; }
    String getPriority() { return priority; }
    Boolean getInWindow() { return inWindow; }
    String getAfterHoursCoverage() { return afterHoursCoverage; }
    String getModel() { return model; }
    Long getContractVersion() { return contractVersion; }
}
