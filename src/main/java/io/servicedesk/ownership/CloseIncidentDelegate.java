package io.servicedesk.ownership;

import io.servicedesk.incident.Incident;
import io.servicedesk.incident.IncidentRegister;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Close incident": confirmed by the client, or closed by itself after the confirmation period. */
@Component
class CloseIncidentDelegate implements JavaDelegate {

    private final IncidentRegister register;

    CloseIncidentDelegate(IncidentRegister register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Incident incident = register.get(execution.getProcessBusinessKey());
        boolean confirmed = incident.getConfirmedBy() != null;
        register.closed(incident.ticket(), confirmed ? "CONFIRMED" : "AUTO_CLOSED", confirmed
                ? "Closed: the client (" + incident.getConfirmedBy() + ") confirmed the resolution"
                : "Closed by itself: no objection within the contract's confirmation period");
    }
}
