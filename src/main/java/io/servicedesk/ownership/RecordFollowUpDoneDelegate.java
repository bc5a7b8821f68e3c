package io.servicedesk.ownership;

import io.servicedesk.platform.CurrentActor;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record follow-up done": what was done, by whom; the follow-up leaves the incident's open list. */
@Component
class RecordFollowUpDoneDelegate implements JavaDelegate {

    private final FollowUps followUps;
    private final CurrentActor actor;

    RecordFollowUpDoneDelegate(FollowUps followUps, CurrentActor actor) {
        this.followUps = followUps;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String outcome = ReviewVariables.followUpOutcome(execution);
        if (ReviewVariables.blank(outcome)) {
            throw new ProcessEngineException("Say what was done");
        }
        followUps.done(execution.getProcessBusinessKey(), ReviewVariables.followUpId(execution), actor.id(), outcome);
    }
}
