package io.servicedesk.ownership;

import io.servicedesk.mail.Mailer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Alert duty manager": the resolution target passed; a mail to the contract's duty managers. Job; sent once. */
@Component
class NotifyResolutionBreachDelegate implements JavaDelegate {

    private final OwnershipNotices notices;
    private final Mailer mailer;

    NotifyResolutionBreachDelegate(OwnershipNotices notices, Mailer mailer) {
        this.notices = notices;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mailer.send(notices.resolutionBreach(execution.getProcessBusinessKey()));
    }
}
