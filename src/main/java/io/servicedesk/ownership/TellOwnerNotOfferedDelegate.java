package io.servicedesk.ownership;

import static io.servicedesk.ownership.WorkVariables.*;

import io.servicedesk.mail.Mailer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Tell owner: not offered": the contract does not offer the service; the owner finds another path. Job; sent once. */
@Component
class TellOwnerNotOfferedDelegate implements JavaDelegate {

    private final OwnershipNotices notices;
    private final Mailer mailer;

    TellOwnerNotOfferedDelegate(OwnershipNotices notices, Mailer mailer) {
        this.notices = notices;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mailer.send(notices.notOffered(execution.getProcessBusinessKey(),
                (Long) execution.getVariable(SCOPED_REQUEST_ID), (String) execution.getVariable(SCOPED_SERVICE),
                (String) execution.getVariable(SCOPE_REASON)));
    }
}
