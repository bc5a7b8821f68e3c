package io.servicedesk.communication;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Check update promise": an update says what is known, what is being checked, the next action and
 * when the next update comes; the writer may promise an earlier next update, never a later one than the
 * contract allows. Runs in the writer's transaction: a refusal leaves the task open with the reason.
 */
@Component
class CheckUpdatePromiseDelegate implements JavaDelegate {

    private final ClientUpdates updates;

    CheckUpdatePromiseDelegate(ClientUpdates updates) {
        this.updates = updates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        updates.written(execution.getProcessBusinessKey(), UpdateVariables.written(execution));
    }
}
