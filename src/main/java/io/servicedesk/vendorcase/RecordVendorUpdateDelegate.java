package io.servicedesk.vendorcase;

import static io.servicedesk.vendorcase.VendorVariables.*;

import io.servicedesk.platform.CurrentActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record vendor update": what the vendor said, on the case and the timeline; does it report a fix? */
@Component
class RecordVendorUpdateDelegate implements JavaDelegate {

    private final VendorDesk desk;
    private final CurrentActor actor;

    RecordVendorUpdateDelegate(VendorDesk desk, CurrentActor actor) {
        this.desk = desk;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean fix = "FIX_AVAILABLE".equals(execution.getVariable(VENDOR_UPDATE_STATUS));
        String text = (String) execution.getVariable(VENDOR_UPDATE_TEXT);
        VendorCase vendorCase = desk.update(execution.getProcessBusinessKey(),
                (String) execution.getVariable(VENDOR_CASE_REFERENCE), fix, text, actor.id(),
                (Integer) execution.getVariable(VENDOR_RESPONSE_MINUTES));
        execution.setVariable(VENDOR_FIX_REPORTED, fix);
        execution.setVariable(VENDOR_LAST_UPDATE, vendorCase.getLastUpdateAt() + ": " + text);
    }
}
