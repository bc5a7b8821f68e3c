package io.servicedesk.communication;

import io.servicedesk.mail.Mailer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Acknowledge report": the client hears we have it, its priority, what happens next (worked now,
 * on-call paged, or when the window opens) and when the next update comes. Runs as a job; sent once
 * per coverage decision.
 */
@Component
class AcknowledgeReportDelegate implements JavaDelegate {

    private final ClientNotices notices;
    private final Mailer mailer;

    AcknowledgeReportDelegate(ClientNotices notices, Mailer mailer) {
        this.notices = notices;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mailer.send(notices.acknowledgement(execution.getProcessBusinessKey()));
    }
}
