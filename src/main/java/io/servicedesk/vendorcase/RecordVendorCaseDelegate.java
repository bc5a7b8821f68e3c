package io.servicedesk.vendorcase;

import static io.servicedesk.vendorcase.VendorVariables.*;

import io.servicedesk.contract.Vendor;
import io.servicedesk.contract.VendorKind;
import io.servicedesk.incident.ProcessVariables;
import io.servicedesk.platform.CurrentActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record vendor case": the vendor's case reference, entered by vendor management, opens our record of the case. */
@Component
class RecordVendorCaseDelegate implements JavaDelegate {

    private final VendorDesk desk;
    private final CurrentActor actor;

    RecordVendorCaseDelegate(VendorDesk desk, CurrentActor actor) {
        this.desk = desk;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        VendorKind kind = VendorKind.valueOf((String) execution.getVariable(VENDOR_KIND));
        Vendor vendor = desk.vendorFor((String) execution.getVariable(ProcessVariables.CONTRACT_ID), kind);
        VendorCase opened = desk.open(execution.getProcessBusinessKey(), kind, vendor,
                (String) execution.getVariable(VENDOR_CASE_REFERENCE), actor.id());
        execution.setVariable(VENDOR_CASE_REFERENCE, opened.getReference());
        execution.setVariable(VENDOR_LAST_UPDATE, "(none yet)");
    }
}
