package io.servicedesk.ownership;

import static io.servicedesk.ownership.WorkVariables.*;

import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.contract.ScopedService;
import io.servicedesk.contract.ServiceScope;
import io.servicedesk.incident.ProcessVariables;
import io.servicedesk.platform.CurrentActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Check service scope": what the contract says about the field dispatch, SOC or partner support asked for. */
@Component
class CheckServiceScopeDelegate implements JavaDelegate {

    private final ContractCatalog catalog;
    private final Ownership ownership;
    private final CurrentActor actor;

    CheckServiceScopeDelegate(ContractCatalog catalog, Ownership ownership, CurrentActor actor) {
        this.catalog = catalog;
        this.ownership = ownership;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ScopedService service = ScopedService.valueOf((String) execution.getVariable(SCOPED_SERVICE));
        ServiceScope scope = catalog.contract((String) execution.getVariable(ProcessVariables.CONTRACT_ID))
                .scopeOf(service);
        ScopedServiceRequest request = ownership.requestService(execution.getProcessBusinessKey(), service, scope,
                (String) execution.getVariable(SCOPE_REASON), actor.id());
        execution.setVariable(SERVICE_SCOPE, scope.name());
        execution.setVariable(SCOPED_REQUEST_ID, request.getId());
    }
}
