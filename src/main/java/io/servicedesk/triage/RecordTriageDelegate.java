package io.servicedesk.triage;

import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.contract.Priority;
import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.incident.ProcessVariables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record triage": writes the decision table's verdict to the incident. Clear cases get the contract's
 * default owner at once; unclear ones wait for a dispatcher, with the default owner suggested.
 */
@Component
class RecordTriageDelegate implements JavaDelegate {

    private final IncidentRegister register;
    private final ContractCatalog catalog;
    private final OwnerCandidates owners;

    RecordTriageDelegate(IncidentRegister register, ContractCatalog catalog, OwnerCandidates owners) {
        this.register = register;
        this.catalog = catalog;
        this.owners = owners;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        Map<String, Object> verdict = (Map<String, Object>) execution.getVariable(ProcessVariables.TRIAGE_RESULT);
        Priority priority = Priority.valueOf((String) verdict.get("priority"));
        boolean reviewRequired = Boolean.TRUE.equals(verdict.get("reviewRequired"));
        String reason = (String) verdict.get("reason");
        String owner = catalog.contract((String) execution.getVariable(ProcessVariables.CONTRACT_ID)).getDefaultOwner();

        execution.setVariable(ProcessVariables.PRIORITY, priority.name());
        execution.setVariable(ProcessVariables.REVIEW_REQUIRED, reviewRequired);
        execution.setVariable(ProcessVariables.TRIAGE_REASON, reason);
        execution.setVariable(ProcessVariables.ACCOUNTABLE_OWNER, owner);
        if (reviewRequired) {
            execution.setVariable(OwnerCandidates.VARIABLE, owners.asFormOptions());
            register.awaitTriageReview(execution.getProcessBusinessKey(), priority, reason, owner);
        } else {
            register.triaged(execution.getProcessBusinessKey(), priority, reason, owner);
        }
    }
}
