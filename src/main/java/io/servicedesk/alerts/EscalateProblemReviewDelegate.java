package io.servicedesk.alerts;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Escalate overdue review": the review is past its due date; recorded, and the open review task goes to
 * the contract's duty managers too, while its owner keeps it.
 */
@Component
class EscalateProblemReviewDelegate implements JavaDelegate {

    static final String REVIEW_TASK = "Task_ReviewRecurringAlert";

    private final Recurrence recurrence;
    private final TaskService tasks;

    EscalateProblemReviewDelegate(Recurrence recurrence, TaskService tasks) {
        this.recurrence = recurrence;
        this.tasks = tasks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        recurrence.escalated(execution.getProcessBusinessKey());
        String dutyManagers = (String) execution.getVariable(AlertVariables.DUTY_MANAGER_GROUP);
        tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(REVIEW_TASK)
                .list().forEach(task -> tasks.addCandidateGroup(task.getId(), dutyManagers));
    }
}
