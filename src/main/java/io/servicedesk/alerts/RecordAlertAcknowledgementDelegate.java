package io.servicedesk.alerts;

import io.servicedesk.platform.CurrentActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record acknowledgement": who acknowledged, the impact they see and what they do about it. An impact
 * that is a triage signal (users blocked, critical operations down, containment) makes it an incident.
 * Directly after the task, without async: an impossible answer rolls the completion back.
 */
@Component
class RecordAlertAcknowledgementDelegate implements JavaDelegate {

    private final AlertDesk desk;
    private final CurrentActor actor;

    RecordAlertAcknowledgementDelegate(AlertDesk desk, CurrentActor actor) {
        this.desk = desk;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object users = execution.getVariable(AlertVariables.IMPACT_USERS_BLOCKED);
        boolean impact = desk.acknowledge(execution.getProcessBusinessKey(), actor.id(),
                (String) execution.getVariable(AlertVariables.ALERT_IMPACT),
                users instanceof Number number ? number.longValue() : null,
                (String) execution.getVariable(AlertVariables.ACKNOWLEDGEMENT_NOTE));
        execution.setVariable(AlertVariables.IMPACT_FOR_TRIAGE, impact);
    }
}
