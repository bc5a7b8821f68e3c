package io.servicedesk.alerts;

import io.servicedesk.platform.CurrentActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record scope decision": add to the contract (a catalogued asset comes into scope) or outside the plan
 * (the client was told; the decision stands for later alerts). Directly after the task, without async.
 */
@Component
class RecordScopeDecisionDelegate implements JavaDelegate {

    private final ScopeGaps scopeGaps;
    private final CurrentActor actor;

    RecordScopeDecisionDelegate(ScopeGaps scopeGaps, CurrentActor actor) {
        this.scopeGaps = scopeGaps;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        scopeGaps.decide(execution.getProcessBusinessKey(), actor.id(),
                (String) execution.getVariable(AlertVariables.SCOPE_OUTCOME),
                (String) execution.getVariable(AlertVariables.SCOPE_NOTE));
    }
}
