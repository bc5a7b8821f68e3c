package io.servicedesk.triage;

import io.servicedesk.incident.Incident;
import io.servicedesk.incident.IncidentRegister;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Escalate triage review": nobody did the review in time. The next group in line (duty manager in the
 * window; on-call, backup, duty manager after hours when the suggested priority is covered) may take the
 * open review too; outside the window for an uncovered priority it waits for the window.
 */
@Component
class EscalateTriageReviewDelegate implements JavaDelegate {

    private final TriageReview review;
    private final IncidentRegister register;
    private final TaskService tasks;

    EscalateTriageReviewDelegate(TriageReview review, IncidentRegister register, TaskService tasks) {
        this.review = review;
        this.register = register;
        this.tasks = tasks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Incident incident = register.get(execution.getProcessBusinessKey());
        Optional<String> group = review.nextEscalation(incident);
        group.ifPresent(to -> tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey("Task_ReviewTriage").list()
                .forEach(open -> tasks.addCandidateGroup(open.getId(), to)));
        register.triageReviewEscalated(incident.ticket(), group.orElse(null), group
                .map(to -> "Triage review overdue since " + incident.getTriageReviewDueAt() + ": " + to
                        + " asked to take it" + (review.isPage(incident, to) ? " (paged, after hours)" : ""))
                .orElse("Triage review overdue, outside the support window: the contract does not cover "
                        + incident.getPriority() + " after hours, so it waits for the window"));
    }
}
