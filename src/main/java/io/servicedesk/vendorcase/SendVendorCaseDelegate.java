package io.servicedesk.vendorcase;

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
        VendorCase vendorCase = desk.find(ticket, VendorVariables.caseReference(execution));
        mailer.send(notices.caseDetails(ticket, vendorCase, VendorVariables.diagnosis(execution),
                VendorVariables.request(execution)));
    }
}
