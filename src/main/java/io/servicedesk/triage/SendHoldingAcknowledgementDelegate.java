package io.servicedesk.triage;

import io.servicedesk.mail.Mailer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Send holding acknowledgement": the client hears at once that the report is being assessed, and by when. Job; sent once. */
@Component
class SendHoldingAcknowledgementDelegate implements JavaDelegate {

    private final TriageNotices notices;
    private final Mailer mailer;

    SendHoldingAcknowledgementDelegate(TriageNotices notices, Mailer mailer) {
        this.notices = notices;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mailer.send(notices.holdingAcknowledgement(execution.getProcessBusinessKey()));
    }
}
