package io.servicedesk.coverage;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Escalate page": nobody acknowledged in time, so the page goes out again to everybody paged so far
 * plus the next level: first the backup on-call, then the duty manager (who is reminded after that).
 */
@Component
class EscalatePageDelegate implements JavaDelegate {

    private final PageDesk desk;

    EscalatePageDelegate(PageDesk desk) {
        this.desk = desk;
    }

    @Override
    public void execute(DelegateExecution execution) {
        desk.escalate(execution.getProcessBusinessKey(), CoverageVariables.pageId(execution));
    }
}
