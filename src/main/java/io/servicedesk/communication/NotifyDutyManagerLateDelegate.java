package io.servicedesk.communication;

import io.servicedesk.mail.Mailer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Alert duty manager": mail about the late client update. Runs as a job; sent once per late update. */
@Component
class NotifyDutyManagerLateDelegate implements JavaDelegate {

    private final ClientUpdates updates;
    private final ClientNotices notices;
    private final Mailer mailer;

    NotifyDutyManagerLateDelegate(ClientUpdates updates, ClientNotices notices, Mailer mailer) {
        this.updates = updates;
        this.notices = notices;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UpdateSchedule update = updates.current(execution.getProcessBusinessKey());
        mailer.send(notices.lateUpdate(execution.getProcessBusinessKey(), update.getUpdateNumber(), update.getDueAt()));
    }
}
