package io.servicedesk.ownership;

import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.contract.Priority;
import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.incident.ProcessVariables;
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
        Priority priority = Priority.valueOf((String) execution.getVariable(ProcessVariables.PRIORITY));
        int minutes = catalog.contract((String) execution.getVariable(ProcessVariables.CONTRACT_ID)).target(priority)
                .handoffMinutes();
        execution.setVariable(WorkVariables.REQUESTING_TIER, "helpdesk");
        register.handedOff(execution.getProcessBusinessKey(), "helpdesk", "engineering", "system",
                "the hand-off target for " + priority + " (" + minutes + " minutes) passed without a resolution");
    }
}
