package io.servicedesk.ownership;

import io.servicedesk.mail.Mailer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Chase follow-up action": late; its owner is reminded, the duty managers in copy. Job; each chase sent once. */
@Component
class ChaseFollowUpActionDelegate implements JavaDelegate {

    private final FollowUps followUps;
    private final OwnershipNotices notices;
    private final Mailer mailer;

    ChaseFollowUpActionDelegate(FollowUps followUps, OwnershipNotices notices, Mailer mailer) {
        this.followUps = followUps;
        this.notices = notices;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String ticket = execution.getProcessBusinessKey();
        FollowUpAction chased = followUps.chased(ticket, ReviewVariables.followUpId(execution));
        mailer.send(notices.followUpLate(ticket, chased));
    }
}
