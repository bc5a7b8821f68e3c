package io.servicedesk.communication;

import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Refresh open update": the priority changed while the update is being written. The writer keeps the
 * task; it falls due no later than the new cadence from now allows, and the form suggests the next
 * update by the new priority's cadence.
 */
@Component
class RefreshOpenUpdateDelegate implements JavaDelegate {

    private final ClientUpdates updates;
    private final TaskService tasks;
    private final ManagementService management;

    RefreshOpenUpdateDelegate(ClientUpdates updates, TaskService tasks, ManagementService management) {
        this.updates = updates;
        this.tasks = tasks;
        this.management = management;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String ticket = execution.getProcessBusinessKey();
        ClientUpdates.OpenUpdate open = updates.refreshOpen(ticket);
        UpdateVariables.suggestNextUpdate(execution, updates.forTheForm(ticket, open.latestNext()));
        if (open.moved()) {
            Date due = Date.from(open.dueAt());
            String instance = execution.getProcessInstanceId();
            tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_WriteClientUpdate").list()
                    .forEach(task -> tasks.setDueDate(task.getId(), due));
            management.createJobQuery().processInstanceId(instance).activityId("Timer_UpdateLate").timers().list()
                    .forEach(late -> management.setJobDuedate(late.getId(), due));
        }
    }
}
