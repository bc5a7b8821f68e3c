package io.servicedesk.ownership;

import io.servicedesk.mail.Mailer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Tell owner: not offered": the contract does not offer the service; the owner finds another path. Job; sent once. */
@Component
class TellOwnerNotOfferedDelegate implements JavaDelegate {

    private final Ownership ownership;
    private final OwnershipNotices notices;
    private final Mailer mailer;

    TellOwnerNotOfferedDelegate(Ownership ownership, OwnershipNotices notices, Mailer mailer) {
        this.ownership = ownership;
        this.notices = notices;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String ticket = execution.getProcessBusinessKey();
        mailer.send(notices.notOffered(ticket, ownership.openRequest(ticket)));
    }
}
