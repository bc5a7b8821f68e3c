package io.servicedesk.ownership;

import io.servicedesk.incident.IncidentRegister;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record resolution breach": not resolved by the resolution target; the breach stays on the incident. */
@Component
class RecordResolutionBreachDelegate implements JavaDelegate {

    private final IncidentRegister register;

    RecordResolutionBreachDelegate(IncidentRegister register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        register.resolutionBreached(execution.getProcessBusinessKey());
    }
}
