package io.servicedesk.vendorcase;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Escalate silent vendor": as many chases unanswered as the contract allows; the owner and the duty manager step in. */
@Component
class EscalateSilentVendorDelegate implements JavaDelegate {

    private final VendorDesk desk;

    EscalateSilentVendorDelegate(VendorDesk desk) {
        this.desk = desk;
    }

    @Override
    public void execute(DelegateExecution execution) {
        desk.escalated(execution.getProcessBusinessKey(), VendorVariables.caseReference(execution));
    }
}
