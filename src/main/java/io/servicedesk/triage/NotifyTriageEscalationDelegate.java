package io.servicedesk.triage;

import io.servicedesk.mail.Mailer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Notify triage escalation": mails the overdue review (a page, after hours) to the group asked. Job; sent once. */
@Component
class NotifyTriageEscalationDelegate implements JavaDelegate {

    private final TriageNotices notices;
    private final Mailer mailer;

    NotifyTriageEscalationDelegate(TriageNotices notices, Mailer mailer) {
        this.notices = notices;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mailer.send(notices.reviewOverdue(execution.getProcessBusinessKey()));
    }
}
