package io.servicedesk.ownership;

import static io.servicedesk.ownership.WorkVariables.CLIENT_CONFIRMED;
import static io.servicedesk.ownership.WorkVariables.CONFIRMED_BY;

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
        boolean confirmed = Boolean.TRUE.equals(execution.getVariable(CLIENT_CONFIRMED));
        register.closed(execution.getProcessBusinessKey(), confirmed ? "CONFIRMED" : "AUTO_CLOSED", confirmed
                ? "Closed: the client (" + execution.getVariable(CONFIRMED_BY) + ") confirmed the resolution"
                : "Closed by itself: no objection within the contract's confirmation period");
    }
}
