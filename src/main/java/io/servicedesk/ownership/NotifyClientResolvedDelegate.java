package io.servicedesk.ownership;

import io.servicedesk.mail.Mailer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Tell client it is resolved": the resolution notice, and when it closes unless they object. Job; sent once. */
@Component
class NotifyClientResolvedDelegate implements JavaDelegate {

    private final OwnershipNotices notices;
    private final Mailer mailer;

    NotifyClientResolvedDelegate(OwnershipNotices notices, Mailer mailer) {
        this.notices = notices;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mailer.send(notices.resolved(execution.getProcessBusinessKey()));
    }
}
