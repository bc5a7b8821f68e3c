package io.servicedesk.vendorcase;

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
        // a failed job rolls the count back with everything else: a retry re-sends the same chase, never a new one
        VendorCase chased = desk.chased(ticket, VendorVariables.caseReference(execution));
        mailer.send(notices.chase(ticket, chased, chased.getChases()));
    }
}
