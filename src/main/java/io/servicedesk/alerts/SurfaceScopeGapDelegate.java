package io.servicedesk.alerts;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Ask service owner about scope": the alert's system is unknown or outside the plan; a scope decision starts. */
@Component
class SurfaceScopeGapDelegate implements JavaDelegate {

    private final AlertDesk desk;

    SurfaceScopeGapDelegate(AlertDesk desk) {
        this.desk = desk;
    }

    @Override
    public void execute(DelegateExecution execution) {
        desk.surfaceScopeGap(execution.getProcessBusinessKey());
    }
}
