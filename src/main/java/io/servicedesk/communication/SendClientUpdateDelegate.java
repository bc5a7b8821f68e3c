package io.servicedesk.communication;

import io.servicedesk.mail.Mailer;

import static io.servicedesk.communication.UpdateVariables.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Send client update": the four elements by mail; recorded on time or late. Runs as a job; each update sent once. */
@Component
class SendClientUpdateDelegate implements JavaDelegate {

    private final ClientNotices notices;
    private final Mailer mailer;
    private final org.camunda.bpm.engine.TaskService tasks;

    SendClientUpdateDelegate(ClientNotices notices, Mailer mailer, org.camunda.bpm.engine.TaskService tasks) {
        this.notices = notices;
        this.mailer = mailer;
        this.tasks = tasks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mailer.send(notices.update(execution.getProcessBusinessKey(), (Integer) execution.getVariable(UPDATE_NUMBER),
                (String) execution.getVariable(WHAT_IS_KNOWN), (String) execution.getVariable(WHAT_IS_BEING_CHECKED),
                (String) execution.getVariable(NEXT_ACTION),
                ((Date) execution.getVariable(PROMISED_UPDATE_AT)).toInstant(),
                ((Date) execution.getVariable(UPDATE_DUE_AT)).toInstant()));
        // a duty manager chasing this late update has nothing left to chase
        tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey("Task_ChaseLateUpdate").list()
                .forEach(chase -> tasks.complete(chase.getId(), java.util.Map.of("chaseNote",
                        "The owner sent the update (late)")));
    }
}
