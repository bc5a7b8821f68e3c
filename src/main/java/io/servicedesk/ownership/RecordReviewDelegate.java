package io.servicedesk.ownership;

import io.servicedesk.platform.CurrentActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record post-incident review": root cause, scope and monitoring validated, and the follow-up actions as
 * tracked items with an owner and a due date. In the reviewer's transaction: a missing or half-filled part
 * leaves the task open with the reason.
 */
@Component
class RecordReviewDelegate implements JavaDelegate {

    private final Ownership ownership;
    private final CurrentActor actor;

    RecordReviewDelegate(Ownership ownership, CurrentActor actor) {
        this.ownership = ownership;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ownership.review(execution.getProcessBusinessKey(), ReviewVariables.review(execution), actor.id());
    }
}
