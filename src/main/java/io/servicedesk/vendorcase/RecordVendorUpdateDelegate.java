package io.servicedesk.vendorcase;

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
        String text = VendorVariables.updateText(execution);
        VendorCase vendorCase = desk.update(execution.getProcessBusinessKey(), VendorVariables.caseReference(execution),
                VendorVariables.fixAvailable(execution), text, actor.id());
        VendorVariables.lastUpdate(execution, vendorCase.getLastUpdateAt() + ": " + text);
    }
}
