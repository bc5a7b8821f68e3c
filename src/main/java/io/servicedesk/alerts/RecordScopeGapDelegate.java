package io.servicedesk.alerts;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record scope gap": counts the sighting on the decision that stands for this system, or records a new
 * one (newDecision), whose reference becomes the business key and whose owner and due date the task gets.
 */
@Component
class RecordScopeGapDelegate implements JavaDelegate {

    private final ScopeGaps scopeGaps;

    RecordScopeGapDelegate(ScopeGaps scopeGaps) {
        this.scopeGaps = scopeGaps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ScopeGaps.Recorded recorded = scopeGaps.record(ScopeGaps.Gap.of(execution.getVariables()));
        execution.setVariable(AlertVariables.NEW_DECISION, recorded.created());
        if (recorded.created()) {
            execution.setProcessBusinessKey(recorded.decision().reference());
            execution.setVariables(scopeGaps.taskVariables(recorded.decision()));
        }
    }
}
