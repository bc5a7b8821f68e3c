package io.servicedesk.triage;

import io.servicedesk.contract.Priority;
import io.servicedesk.incident.Incident;
import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.incident.IncidentState;
import io.servicedesk.incident.PriorityChanged;
import io.servicedesk.incident.ProcessDisplay;
import io.servicedesk.platform.Conflict;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-triage: a dispatcher (or duty manager) changes an open incident's priority on the record, and
 * every diagram of the ticket hears "Priority changed": an incident waiting for the support window is
 * re-checked at once (a queued P3 raised to P1 pages on-call now), the next client update is
 * rescheduled; listeners of {@link PriorityChanged} move the clocks that depend on the priority.
 */
@Service
public class Reprioritisation {

    /** The message the waiting incident process catches ("Priority changed"). */
    public static final String PRIORITY_CHANGED = "Msg_PriorityChanged";

    private final IncidentRegister register;
    private final RuntimeService runtime;
    private final ProcessDisplay display;
    private final org.springframework.context.ApplicationEventPublisher events;

    Reprioritisation(IncidentRegister register, RuntimeService runtime, ProcessDisplay display,
            org.springframework.context.ApplicationEventPublisher events) {
        this.register = register;
        this.runtime = runtime;
        this.display = display;
        this.events = events;
    }

    @Transactional
    public Incident change(String ticket, Priority priority, String actor, String reason) {
        Incident incident = register.get(ticket);
        if (incident.getState() == IncidentState.RESOLVED || incident.getState() == IncidentState.CLOSED) {
            throw new Conflict("priority", ticket + " is " + incident.getState() + "; reopen it instead");
        }
        if (incident.getState() == IncidentState.REPORTED || incident.getState() == IncidentState.AWAITING_TRIAGE_REVIEW) {
            throw new Conflict("priority", ticket + " is still being triaged; set the priority in the triage review");
        }
        if (priority == incident.getPriority()) {
            return incident;
        }
        register.priorityChanged(ticket, priority, actor, reason);
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ticket)
                .processDefinitionKey("incident").singleResult();
        if (instance != null) {
            display.priority(ticket, priority);
            events.publishEvent(new PriorityChanged(ticket, instance.getId(), priority));
            runtime.createMessageCorrelation(PRIORITY_CHANGED).processInstanceBusinessKey(ticket).correlateAll();
        }
        return register.get(ticket);
    }
}
