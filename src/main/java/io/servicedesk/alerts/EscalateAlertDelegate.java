package io.servicedesk.alerts;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Escalate to duty manager": the owner did not acknowledge by the contract's deadline; recorded on the alert. */
@Component
class EscalateAlertDelegate implements JavaDelegate {

    private final AlertDesk desk;

    EscalateAlertDelegate(AlertDesk desk) {
        this.desk = desk;
    }

    @Override
    public void execute(DelegateExecution execution) {
        desk.escalate(execution.getProcessBusinessKey());
    }
}
