package io.servicedesk.ownership;

import static io.servicedesk.ownership.WorkVariables.*;

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
        String decision = (String) execution.getVariable(APPROVAL_DECISION);
        String by = (String) execution.getVariable(APPROVED_BY);
        if (!"APPROVED".equals(decision) && !"REFUSED".equals(decision)) {
            throw new ProcessEngineException("Record whether the client APPROVED or REFUSED");
        }
        if (by == null || by.isBlank()) {
            throw new ProcessEngineException("Record who at the client decided");
        }
        ownership.decide(execution.getProcessBusinessKey(), (Long) execution.getVariable(SCOPED_REQUEST_ID),
                "APPROVED".equals(decision), by, (String) execution.getVariable(APPROVAL_NOTE), actor.id());
    }
}
