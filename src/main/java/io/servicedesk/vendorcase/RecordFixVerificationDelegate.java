package io.servicedesk.vendorcase;

import static io.servicedesk.vendorcase.VendorVariables.*;

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
        boolean works = Boolean.TRUE.equals(execution.getVariable(FIX_VERIFIED));
        String notes = (String) execution.getVariable("verificationNotes");
        String resolution = (String) execution.getVariable("resolution");
        if (works && (resolution == null || resolution.isBlank())) {
            throw new ProcessEngineException("Describe the resolution for the client before you confirm the fix");
        }
        desk.verified(execution.getProcessBusinessKey(), (String) execution.getVariable(VENDOR_CASE_REFERENCE), works,
                notes == null ? "" : notes, actor.id(), (Integer) execution.getVariable(VENDOR_RESPONSE_MINUTES));
        execution.setVariable(FIX_VERIFIED, works);
    }
}
