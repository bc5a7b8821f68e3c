package io.servicedesk.vendorcase;

import static io.servicedesk.vendorcase.VendorVariables.VENDOR_CASE_REFERENCE;
import static io.servicedesk.vendorcase.VendorVariables.VENDOR_RESPONSE_MINUTES;

import io.servicedesk.mail.Mailer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Chase vendor": silent past its response target; a chase mail, recorded. Runs as a job; each chase sent once. */
@Component
class ChaseVendorDelegate implements JavaDelegate {

    private final VendorDesk desk;
    private final VendorNotices notices;
    private final Mailer mailer;

    ChaseVendorDelegate(VendorDesk desk, VendorNotices notices, Mailer mailer) {
        this.desk = desk;
        this.notices = notices;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String ticket = execution.getProcessBusinessKey();
        String reference = (String) execution.getVariable(VENDOR_CASE_REFERENCE);
        // a failed job rolls the count back with everything else: a retry re-sends the same chase, never a new one
        desk.chased(ticket, reference, (Integer) execution.getVariable(VENDOR_RESPONSE_MINUTES));
        VendorCase chased = desk.find(ticket, reference);
        mailer.send(notices.chase(ticket, chased, chased.getChases()));
    }
}
