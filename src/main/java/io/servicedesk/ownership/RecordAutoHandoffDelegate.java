package io.servicedesk.ownership;

import io.servicedesk.contract.Priority;
import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.incident.Incident;
import io.servicedesk.incident.IncidentRegister;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record automatic hand-off": the hand-off target passed without a resolution, so engineering takes over. */
@Component
class RecordAutoHandoffDelegate implements JavaDelegate {

    private final IncidentRegister register;
    private final ContractCatalog catalog;

    RecordAutoHandoffDelegate(IncidentRegister register, ContractCatalog catalog) {
        this.register = register;
        this.catalog = catalog;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Incident incident = register.get(execution.getProcessBusinessKey());
        Priority priority = incident.getPriority();
        int minutes = catalog.contract(incident.getContractId()).target(priority).handoffMinutes();
        register.handedOff(incident.ticket(), "helpdesk", "engineering", "system",
                "the hand-off target for " + priority + " (" + minutes + " minutes) passed without a resolution");
    }
}
