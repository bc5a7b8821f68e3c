package io.servicedesk.triage;

import io.servicedesk.contract.Priority;
import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.incident.ProcessDisplay;
import io.servicedesk.platform.CurrentActor;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Apply triage review": takes the dispatcher's priority and accountable owner. It runs in the
 * transaction of the form's submission, so an invalid choice rolls the completion back and Tasklist
 * shows the message: the task stays open, nothing is half-applied.
 */
@Component
class ApplyTriageReviewDelegate implements JavaDelegate {

    private final IncidentRegister register;
    private final OwnerCandidates owners;
    private final CurrentActor actor;
    private final ProcessDisplay display;

    ApplyTriageReviewDelegate(IncidentRegister register, OwnerCandidates owners, CurrentActor actor,
            ProcessDisplay display) {
        this.register = register;
        this.owners = owners;
        this.actor = actor;
        this.display = display;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Priority priority = TriageVariables.reviewedPriority(execution).orElseThrow(() ->
                new ProcessEngineException("Choose a priority: P1, P2, P3 or P4"));
        String owner = TriageVariables.reviewedOwner(execution);
        if (owner == null || !owners.isCandidate(owner)) {
            throw new ProcessEngineException("Choose an accountable owner from the service-desk teams; '"
                    + owner + "' is not one");
        }
        register.triageReviewed(execution.getProcessBusinessKey(), priority, owner, actor.id(),
                TriageVariables.note(execution));
        display.priority(execution.getProcessBusinessKey(), priority);
    }
}
