package io.servicedesk.ownership;

import io.servicedesk.mail.Mailer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Ask client for approval": a billable service, what and why, by mail. Runs as a job; sent once. */
@Component
class RequestClientApprovalDelegate implements JavaDelegate {

    private final Ownership ownership;
    private final OwnershipNotices notices;
    private final Mailer mailer;

    RequestClientApprovalDelegate(Ownership ownership, OwnershipNotices notices, Mailer mailer) {
        this.ownership = ownership;
        this.notices = notices;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String ticket = execution.getProcessBusinessKey();
        mailer.send(notices.approvalRequest(ticket, ownership.openRequest(ticket)));
    }
}
