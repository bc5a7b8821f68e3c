package io.servicedesk.communication;

import io.servicedesk.mail.Mailer;

import static io.servicedesk.communication.UpdateVariables.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Alert duty manager": mail about the late client update. Runs as a job; sent once per late update. */
@Component
class NotifyDutyManagerLateDelegate implements JavaDelegate {

    private final ClientNotices notices;
    private final Mailer mailer;

    NotifyDutyManagerLateDelegate(ClientNotices notices, Mailer mailer) {
        this.notices = notices;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mailer.send(notices.lateUpdate(execution.getProcessBusinessKey(), (Integer) execution.getVariable(UPDATE_NUMBER),
                ((Date) execution.getVariable(UPDATE_DUE_AT)).toInstant(),
                (String) execution.getVariable(DUTY_MANAGER_GROUP)));
    }
}
