package io.servicedesk.ownership;

import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.platform.CurrentActor;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record resolution": resolved, with the words for the client on the record and the diagnosis on the
 * timeline. Recording it stabilises the incident: the client updates and the other clocks stop, and the
 * incident closes by itself after the contract's confirmation period.
 */
@Component
class RecordResolutionDelegate implements JavaDelegate {

    private final IncidentRegister register;
    private final CurrentActor actor;

    RecordResolutionDelegate(IncidentRegister register, CurrentActor actor) {
        this.register = register;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String resolution = WorkVariables.resolution(execution);
        if (resolution == null || resolution.isBlank()) {
            throw new ProcessEngineException("Describe the resolution for the client");
        }
        register.resolved(execution.getProcessBusinessKey(), actor.id(), resolution,
                WorkVariables.diagnosis(execution));
    }
}
