package io.servicedesk.coverage;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Open page": the contract's on-call group is paged, to acknowledge within the contract's timeout. */
@Component
class OpenPageDelegate implements JavaDelegate {

    private final PageDesk desk;

    OpenPageDelegate(PageDesk desk) {
        this.desk = desk;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Page page = desk.open(execution.getProcessBusinessKey(), CoverageVariables.pageReason(execution));
        CoverageVariables.pageId(execution, page.getId());
    }
}
