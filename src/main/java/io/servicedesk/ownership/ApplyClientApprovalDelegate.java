package io.servicedesk.ownership;

import io.servicedesk.platform.CurrentActor;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record client's decision": approved or refused, by whom at the client; kept for audit. */
@Component
class ApplyClientApprovalDelegate implements JavaDelegate {

    private final Ownership ownership;
    private final CurrentActor actor;

    ApplyClientApprovalDelegate(Ownership ownership, CurrentActor actor) {
        this.ownership = ownership;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String decision = WorkVariables.approvalDecision(execution);
        String by = WorkVariables.approvedBy(execution);
        if (!"APPROVED".equals(decision) && !"REFUSED".equals(decision)) {
            throw new ProcessEngineException("Record whether the client APPROVED or REFUSED");
        }
        if (by == null || by.isBlank()) {
            throw new ProcessEngineException("Record who at the client decided");
        }
        ownership.decide(execution.getProcessBusinessKey(), "APPROVED".equals(decision), by,
                WorkVariables.approvalNote(execution), actor.id());
    }
}
