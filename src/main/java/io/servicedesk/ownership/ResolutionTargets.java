package io.servicedesk.ownership;

import io.servicedesk.contract.Contract;
import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.contract.ContractTime;
import io.servicedesk.incident.Incident;
import io.servicedesk.incident.IncidentRegister;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The contract's resolution target for the incident's priority as a due time, counted from the report
 * as the contract counts that priority (around the clock when covered after hours, else business
 * minutes). A re-triage counts the new priority's target from the report too (retroactively): a P3 raised
 * to P1 after five hours has missed the P1 target. The timer asks {@code ${resolutionTargets.dueAt(execution)}}.
 */
@Component("resolutionTargets")
public class ResolutionTargets {

    private final IncidentRegister register;
    private final ContractCatalog catalog;
    private final ContractTime time;

    ResolutionTargets(IncidentRegister register, ContractCatalog catalog, ContractTime time) {
        this.register = register;
        this.catalog = catalog;
        this.time = time;
    }

    public Date dueAt(DelegateExecution execution) {
        return Date.from(register.get(execution.getProcessBusinessKey()).getResolutionDueAt());
    }

    /** Sets the due time for the incident's current priority on the record. */
    Instant set(String ticket) {
        Incident incident = register.get(ticket);
        Contract contract = catalog.contract(incident.getContractId());
        Instant due = time.plus(contract, incident.getPriority(), incident.getReportedAt(),
                contract.target(incident.getPriority()).resolutionMinutes());
        register.resolutionDue(ticket, due);
        return due;
    }
}
