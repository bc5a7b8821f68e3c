package io.servicedesk.alerts;

import io.servicedesk.platform.CurrentActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record problem review": the root cause and the documented follow-up with its owner. Without async, after the task. */
@Component
class RecordProblemReviewDelegate implements JavaDelegate {

    private final Recurrence recurrence;
    private final CurrentActor actor;

    RecordProblemReviewDelegate(Recurrence recurrence, CurrentActor actor) {
        this.recurrence = recurrence;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        recurrence.reviewed(execution.getProcessBusinessKey(), actor.id(),
                (String) execution.getVariable(AlertVariables.ROOT_CAUSE),
                (String) execution.getVariable(AlertVariables.FOLLOW_UP),
                (String) execution.getVariable(AlertVariables.FOLLOW_UP_OWNER));
    }
}
