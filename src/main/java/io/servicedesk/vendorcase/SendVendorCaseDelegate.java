package io.servicedesk.vendorcase;

import static io.servicedesk.vendorcase.VendorVariables.VENDOR_CASE_REFERENCE;

import io.servicedesk.mail.Mailer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Send case to vendor": the case details by mail. Runs as a job; sent at most once. */
@Component
class SendVendorCaseDelegate implements JavaDelegate {

    private final VendorDesk desk;
    private final VendorNotices notices;
    private final Mailer mailer;

    SendVendorCaseDelegate(VendorDesk desk, VendorNotices notices, Mailer mailer) {
        this.desk = desk;
        this.notices = notices;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String ticket = execution.getProcessBusinessKey();
        VendorCase vendorCase = desk.find(ticket, (String) execution.getVariable(VENDOR_CASE_REFERENCE));
        mailer.send(notices.caseDetails(ticket, vendorCase, (String) execution.getVariable("diagnosisNotes"),
                (String) execution.getVariable("vendorNote")));
    }
}
