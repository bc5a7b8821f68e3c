package io.servicedesk.ownership;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the diagrams ask about the incident's open scoped-service request, from its record:
 * {@code ${scopedServices.scope(execution)}} (INCLUDED, SEPARATELY_SCOPED, NOT_OFFERED) and
 * {@code ${scopedServices.requestingTeam(execution)}} (helpdesk or engineering: where the work returns).
 */
@Component("scopedServices")
public class ScopedServices {

    private final Ownership ownership;

    ScopedServices(Ownership ownership) {
        this.ownership = ownership;
    }

    public String scope(DelegateExecution execution) {
        return ownership.openRequest(execution.getProcessBusinessKey()).getScope().name();
    }

    /** Display: the service asked for. */
    public String service(DelegateExecution execution) {
        return ownership.openRequest(execution.getProcessBusinessKey()).getService().name();
    }

    /** Display: what is needed and why, as the team wrote it. */
    public String reason(DelegateExecution execution) {
        return ownership.openRequest(execution.getProcessBusinessKey()).getReason();
    }

    public String requestingTeam(DelegateExecution execution) {
        return ownership.openRequest(execution.getProcessBusinessKey()).getRequestingTeam();
    }
}
