package io.servicedesk.ownership;

import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.platform.CurrentActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record resolution": the incident is resolved, with the diagnosis and the fix on its timeline. */
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
        String diagnosis = (String) execution.getVariable("diagnosisNotes");
        String resolution = (String) execution.getVariable("resolution");
        register.resolved(execution.getProcessBusinessKey(), actor.id(),
                "Resolved: " + resolution + (diagnosis == null ? "" : " | Diagnosis: " + diagnosis));
    }
}
