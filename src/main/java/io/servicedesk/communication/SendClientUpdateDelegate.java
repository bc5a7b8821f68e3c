package io.servicedesk.communication;

import io.servicedesk.mail.Mailer;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Send client update": the update as checked, by mail; recorded on time or late. Runs as a job; each update sent once. */
@Component
class SendClientUpdateDelegate implements JavaDelegate {

    private final ClientUpdates updates;
    private final ClientNotices notices;
    private final Mailer mailer;
    private final TaskService tasks;

    SendClientUpdateDelegate(ClientUpdates updates, ClientNotices notices, Mailer mailer, TaskService tasks) {
        this.updates = updates;
        this.notices = notices;
        this.mailer = mailer;
        this.tasks = tasks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String ticket = execution.getProcessBusinessKey();
        UpdateSchedule update = updates.current(ticket);
        mailer.send(notices.update(ticket, update.getUpdateNumber(), update.getKnown(), update.getChecking(),
                update.getNextAction(), update.getPromisedAt(), update.getDueAt()));
        updates.sent(ticket);
        // a duty manager chasing this late update has nothing left to chase
        tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey("Task_ChaseLateUpdate").list()
                .forEach(chase -> tasks.complete(chase.getId(), Map.of("chaseNote", "The update was sent (late)")));
    }
}
