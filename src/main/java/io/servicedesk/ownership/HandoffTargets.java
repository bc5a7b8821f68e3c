package io.servicedesk.ownership;

import io.servicedesk.contract.Contract;
import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.contract.Priority;
import io.servicedesk.contract.ContractTime;
import io.servicedesk.incident.Incident;
import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.platform.ServiceClock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * When helpdesk hands off to engineering without being asked: the contract's hand-off target for the
 * incident's priority, counted from when the work started, around the clock for priorities covered after
 * hours, else in business time. Used by the timer on "Work incident" as
 * {@code ${handoffTargets.dueFor(execution)}}; a re-triage makes the timer ask again (never earlier than now).
 */
@Component("handoffTargets")
public class HandoffTargets {

    private final IncidentRegister register;
    private final ContractCatalog catalog;
    private final ContractTime time;
    private final ServiceClock clock;
    private final TaskService tasks;

    HandoffTargets(IncidentRegister register, ContractCatalog catalog, ContractTime time, ServiceClock clock,
            TaskService tasks) {
        this.register = register;
        this.catalog = catalog;
        this.time = time;
        this.clock = clock;
        this.tasks = tasks;
    }

    public Date dueFor(DelegateExecution execution) {
        Incident incident = register.get(execution.getProcessBusinessKey());
        Contract contract = catalog.contract(incident.getContractId());
        Priority priority = incident.getPriority();
        Instant now = clock.now();
        // the timer is created with the task (work starts now); asked again after a re-triage, the task is there
        Instant workStarted = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey("Task_WorkIncident").list().stream().findFirst()
                .map(task -> task.getCreateTime().toInstant()).orElse(now);
        Instant due = time.plus(contract, priority, workStarted, contract.target(priority).handoffMinutes());
        return Date.from(due.isBefore(now) ? now : due);
    }
}
