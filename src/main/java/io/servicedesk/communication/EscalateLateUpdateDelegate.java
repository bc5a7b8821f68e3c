package io.servicedesk.communication;

import static io.servicedesk.communication.UpdateVariables.UPDATE_DUE_AT;
import static io.servicedesk.communication.UpdateVariables.UPDATE_NUMBER;

import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.incident.TimelineEvent;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Escalate late update": the promised update did not go out in time; on the timeline for the duty manager. */
@Component
class EscalateLateUpdateDelegate implements JavaDelegate {

    private final IncidentRegister register;

    EscalateLateUpdateDelegate(IncidentRegister register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        register.note(execution.getProcessBusinessKey(), TimelineEvent.CLIENT_UPDATE_LATE, "system",
                "Client update " + execution.getVariable(UPDATE_NUMBER) + " due "
                        + ((Date) execution.getVariable(UPDATE_DUE_AT)).toInstant()
                        + " not sent: escalated to the duty manager");
    }
}
