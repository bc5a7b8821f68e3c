package io.servicedesk.alerts;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Raise incident": reports the alert through intake, which starts the incident process with the new
 * ticket as its business key. Retried safely: the alert's reference is the report's externalRef.
 */
@Component
class RaiseIncidentDelegate implements JavaDelegate {

    private final AlertDesk desk;

    RaiseIncidentDelegate(AlertDesk desk) {
        this.desk = desk;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String ticket = desk.raiseIncident(execution.getProcessBusinessKey());
        execution.setVariable(AlertVariables.INCIDENT_TICKET, ticket);
    }
}
