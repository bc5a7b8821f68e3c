package io.servicedesk.triage;

import io.servicedesk.contract.Priority;
import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.incident.ProcessVariables;
import io.servicedesk.platform.CurrentActor;
import java.util.Arrays;
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

    ApplyTriageReviewDelegate(IncidentRegister register, OwnerCandidates owners, CurrentActor actor) {
        this.register = register;
        this.owners = owners;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String priority = (String) execution.getVariable(ProcessVariables.PRIORITY);
        String owner = (String) execution.getVariable(ProcessVariables.ACCOUNTABLE_OWNER);
        if (priority == null || Arrays.stream(Priority.values()).noneMatch(p -> p.name().equals(priority))) {
            throw new ProcessEngineException("Choose a priority: P1, P2, P3 or P4");
        }
        if (owner == null || !owners.isCandidate(owner)) {
            throw new ProcessEngineException("Choose an accountable owner from the service-desk teams; '"
                    + owner + "' is not one");
        }
        String note = (String) execution.getVariable("triageNote");
        execution.removeVariable(OwnerCandidates.VARIABLE);
        register.triageReviewed(execution.getProcessBusinessKey(), Priority.valueOf(priority), owner, actor.id(),
                note);
    }
}
