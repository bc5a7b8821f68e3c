package io.servicedesk.ownership;

import static io.servicedesk.ownership.WorkVariables.*;

import io.servicedesk.mail.Mailer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Ask client for approval": a billable service, what and why, by mail. Runs as a job; sent once. */
@Component
class RequestClientApprovalDelegate implements JavaDelegate {

    private final OwnershipNotices notices;
    private final Mailer mailer;

    RequestClientApprovalDelegate(OwnershipNotices notices, Mailer mailer) {
        this.notices = notices;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mailer.send(notices.approvalRequest(execution.getProcessBusinessKey(),
                (Long) execution.getVariable(SCOPED_REQUEST_ID), (String) execution.getVariable(SCOPED_SERVICE),
                (String) execution.getVariable(SCOPE_REASON)));
    }
}
