package io.servicedesk.vendorcase;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the "Vendor escalation" diagram asks about its vendor case, from the case's record:
 * {@code ${vendorFacts.nextChaseAt(execution)}}, {@code ${vendorFacts.fixReported(execution)}}, ...
 */
@Component("vendorFacts")
public class VendorFacts {

    private final VendorDesk desk;

    VendorFacts(VendorDesk desk) {
        this.desk = desk;
    }

    /** When the vendor has been silent past its response target: the last word plus the target. */
    public Date nextChaseAt(DelegateExecution execution) {
        return Date.from(vendorCase(execution).getNextChaseAt());
    }

    /** Silent through the contract's number of chases: the accountable owner and the duty manager step in. */
    public boolean chasesExhausted(DelegateExecution execution) {
        return desk.chasesExhausted(execution.getProcessBusinessKey(), VendorVariables.caseReference(execution));
    }

    public boolean fixReported(DelegateExecution execution) {
        return vendorCase(execution).getStatus() == VendorCase.Status.FIX_REPORTED;
    }

    public boolean fixVerified(DelegateExecution execution) {
        return vendorCase(execution).getStatus() == VendorCase.Status.FIX_VERIFIED;
    }

    private VendorCase vendorCase(DelegateExecution execution) {
        return desk.find(execution.getProcessBusinessKey(), VendorVariables.caseReference(execution));
    }
}
