package io.servicedesk.vendorcase;

import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.incident.TimelineEvent;
import io.servicedesk.platform.CurrentActor;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record decision on silent vendor": what the owner or duty manager did about it, on the timeline. */
@Component
class RecordSilentVendorDecisionDelegate implements JavaDelegate {

    private final IncidentRegister register;
    private final CurrentActor actor;

    RecordSilentVendorDecisionDelegate(IncidentRegister register, CurrentActor actor) {
        this.register = register;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String decision = VendorVariables.silentVendorDecision(execution);
        if (decision == null || decision.isBlank()) {
            throw new ProcessEngineException("Say what you did about the silent vendor");
        }
        register.note(execution.getProcessBusinessKey(), TimelineEvent.VENDOR_SILENCE_ESCALATED, actor.id(),
                "On case " + VendorVariables.caseReference(execution) + ": " + decision);
    }
}
