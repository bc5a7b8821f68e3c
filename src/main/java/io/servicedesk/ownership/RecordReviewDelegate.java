package io.servicedesk.ownership;

import io.servicedesk.platform.CurrentActor;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record post-incident review": root cause, scope and monitoring validated, follow-ups with owners. */
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
        String rootCause = (String) execution.getVariable("rootCause");
        String followUps = (String) execution.getVariable("followUpActions");
        if (rootCause == null || rootCause.isBlank() || followUps == null || followUps.isBlank()) {
            throw new ProcessEngineException("A review names the root cause and the follow-up actions with owners");
        }
        ownership.review(execution.getProcessBusinessKey(), rootCause,
                Boolean.TRUE.equals(execution.getVariable("systemInScope")),
                Boolean.TRUE.equals(execution.getVariable("systemMonitored")), followUps, actor.id());
    }
}
