package io.servicedesk.vendorcase;

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
        VendorCase opened = desk.open(execution.getProcessBusinessKey(), VendorVariables.kind(execution),
                VendorVariables.caseReference(execution), actor.id());
        VendorVariables.caseReference(execution, opened.getReference());
        VendorVariables.lastUpdate(execution, "(none yet)");
    }
}
