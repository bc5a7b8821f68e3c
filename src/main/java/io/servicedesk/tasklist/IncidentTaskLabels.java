package io.servicedesk.tasklist;

import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.incident.PriorityChanged;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes a team's Tasklist read like a queue: each task of an incident is named for the work, the ticket and
 * the client ("Work incident · INC-1042 · Northwind Dental") and carries the incident's priority, both
 * taken from the incident record when the task is created (Camunda's Spring event bridge), and the priority
 * follows a re-triage onto every open task. Other queued work (an alert, a scope decision, a problem review)
 * is named for its own reference and client the same way.
 */
@Component
class IncidentTaskLabels {

    static final String SEPARATOR = " · ";
    /** Display variables every queued process writes at its start (see TasklistFilters). */
    private static final String REFERENCE = "ticket";
    private static final String CLIENT_NAME = "clientName";
    /** ACT_RU_TASK.NAME_ holds 255 characters. */
    private static final int MAX_NAME = 255;

    private final IncidentRegister register;
    private final ContractCatalog catalog;
    private final TaskService tasks;

    IncidentTaskLabels(IncidentRegister register, ContractCatalog catalog, TaskService tasks) {
        this.register = register;
        this.catalog = catalog;
        this.tasks = tasks;
    }

    @EventListener
    void label(DelegateTask task) {
        if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName()) || task.getExecution() == null) {
            return;
        }
        String ticket = task.getExecution().getProcessBusinessKey();
        String work = task.getName() != null ? task.getName() : task.getTaskDefinitionKey();
        register.find(ticket).ifPresentOrElse(incident -> {
            task.setName(name(work, ticket, catalog.client(incident.getClientId()).getName()));
            task.setPriority(TaskPriority.of(incident.getPriority()));
        }, () -> {
            // alerts, scope decisions, problem reviews: their own reference and client, as their
            // process wrote them for display when it started
            if (task.getVariable(REFERENCE) instanceof String reference
                    && task.getVariable(CLIENT_NAME) instanceof String client) {
                task.setName(name(work, reference, client));
            }
        });
    }

    /** In the re-triage's transaction: the queue shows the new priority as soon as the change is saved. */
    @EventListener
    void reprioritised(PriorityChanged change) {
        int priority = TaskPriority.of(change.priority());
        tasks.createTaskQuery().processInstanceBusinessKey(change.ticket()).list().stream()
                .filter(task -> task.getPriority() != priority)
                .forEach(task -> tasks.setPriority(task.getId(), priority));
    }

    static String name(String work, String ticket, String client) {
        String name = work + SEPARATOR + ticket + SEPARATOR + client;
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME - 1) + "…";
    }
}
