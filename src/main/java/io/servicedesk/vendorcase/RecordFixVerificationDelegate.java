package io.servicedesk.vendorcase;

import io.servicedesk.platform.CurrentActor;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record fix verification": engineering's verdict on the vendor's fix; only a verified fix resolves. */
@Component
class RecordFixVerificationDelegate implements JavaDelegate {

    private final VendorDesk desk;
    private final CurrentActor actor;

    RecordFixVerificationDelegate(VendorDesk desk, CurrentActor actor) {
        this.desk = desk;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean works = VendorVariables.fixWorks(execution);
        String resolution = VendorVariables.resolution(execution);
        if (works && (resolution == null || resolution.isBlank())) {
            throw new ProcessEngineException("Describe the resolution for the client before you confirm the fix");
        }
        String notes = VendorVariables.verificationNotes(execution);
        desk.verified(execution.getProcessBusinessKey(), VendorVariables.caseReference(execution), works,
                notes == null ? "" : notes, actor.id());
    }
}
