package io.servicedesk.communication;

import io.servicedesk.mail.Mailer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Tell client when work resumes": an uncovered P1 waits overnight, and the client knows until when. Job; sent once. */
@Component
class TellClientWorkResumesDelegate implements JavaDelegate {

    private final ClientNotices notices;
    private final Mailer mailer;

    TellClientWorkResumesDelegate(ClientNotices notices, Mailer mailer) {
        this.notices = notices;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mailer.send(notices.workResumes(execution.getProcessBusinessKey()));
    }
}
