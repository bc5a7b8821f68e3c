package io.servicedesk.ownership;

import io.servicedesk.contract.ScopedService;
import io.servicedesk.contract.ServiceScope;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A scoped service asked for an incident, what the contract says about it, and the decision: audit evidence. */
@Entity
@Table(name = "scoped_service_requests")
public class ScopedServiceRequest {

    public enum Decision {
        /** Included in the contract: proceeds. */
        PROCEEDS,
        /** Separately scoped: waits for the client. */
        AWAITING_APPROVAL,
        APPROVED,
        REFUSED,
        NOT_OFFERED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long incidentNumber;
    @Enumerated(EnumType.STRING)
    private ScopedService service;
    @Enumerated(EnumType.STRING)
    private ServiceScope scope;
    private String reason;
    /** The team that asked (helpdesk or engineering): the work returns there once the scope is settled. */
    private String requestingTeam;
    private String requestedBy;
    private Instant requestedAt;
    @Enumerated(EnumType.STRING)
    private Decision decision;
    private String decidedBy;
    private Instant decidedAt;
    private String note;

    protected ScopedServiceRequest() {
    }

    ScopedServiceRequest(Long incidentNumber, ScopedService service, ServiceScope scope, String reason,
            String requestingTeam, String requestedBy, Instant at) {
        this.incidentNumber = incidentNumber;
        this.service = service;
        this.scope = scope;
        this.reason = reason;
        this.requestingTeam = requestingTeam;
        this.requestedBy = requestedBy;
        this.requestedAt = at;
        this.decision = switch (scope) {
            case INCLUDED -> Decision.PROCEEDS;
            case SEPARATELY_SCOPED -> Decision.AWAITING_APPROVAL;
            case NOT_OFFERED -> Decision.NOT_OFFERED;
        };
        if (scope != ServiceScope.SEPARATELY_SCOPED) {
            this.decidedBy = "contract";
            this.decidedAt = at;
        }
    }

    void decide(boolean approved, String by, String note, Instant at) {
        this.decision = approved ? Decision.APPROVED : Decision.REFUSED;
        this.decidedBy = by;
        this.note = note;
        this.decidedAt = at;
    }

    public Long getId() { return id; }
    public Long getIncidentNumber() { return incidentNumber; }
    public ScopedService getService() { return service; }
    public ServiceScope getScope() { return scope; }
    public String getReason() { return reason; }
    public String getRequestingTeam() { return requestingTeam; }
    public String getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt; }
    public Decision getDecision() { return decision; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getNote() { return note; }
}
