package io.servicedesk.communication;

import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.incident.TimelineEvent;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Escalate late update": the promised update did not go out in time; on the timeline for the duty manager. */
@Component
class EscalateLateUpdateDelegate implements JavaDelegate {

    private final ClientUpdates updates;
    private final IncidentRegister register;

    EscalateLateUpdateDelegate(ClientUpdates updates, IncidentRegister register) {
        this.updates = updates;
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UpdateSchedule update = updates.current(execution.getProcessBusinessKey());
        register.note(execution.getProcessBusinessKey(), TimelineEvent.CLIENT_UPDATE_LATE, "system",
                "Client update " + update.getUpdateNumber() + " due " + update.getDueAt()
                        + " not sent: escalated to the duty manager");
    }
}
