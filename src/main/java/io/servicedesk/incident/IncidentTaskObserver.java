package io.servicedesk.incident;

import io.servicedesk.platform.CurrentActor;
import io.servicedesk.platform.UserTaskObserver;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * Keeps the incident's working team and assignee in step with Tasklist. A user task may carry the
 * extension property {@code incidentState} (set in Modeler) to say what state the incident is in
 * while the task waits.
 */
@Component
class IncidentTaskObserver implements UserTaskObserver {

    static final String STATE_PROPERTY = "incidentState";
    /** Taking or completing a task with this property is the incident's first response. */
    static final String FIRST_RESPONSE_PROPERTY = "firstResponse";

    private final IncidentRegister register;
    private final CurrentActor actor;

    IncidentTaskObserver(IncidentRegister register, CurrentActor actor) {
        this.register = register;
        this.actor = actor;
    }

    @Override
    public void created(DelegateTask task) {
        ticketOf(task).ifPresent(ticket -> {
            IncidentState state = stateProperty(task);
            if (state != null) {
                register.workStarted(ticket, activity(task), candidateGroup(task), task.getAssignee(), state);
            } else {
                // side tasks (client updates, chases, reviews) do not change who works the incident
                register.note(ticket, TimelineEvent.TASK_OPENED, "system", activity(task) + " for "
                        + (task.getAssignee() != null ? task.getAssignee() : candidateGroup(task)));
            }
        });
    }

    @Override
    public void assigned(DelegateTask task) {
        ticketOf(task).ifPresent(ticket -> {
            if (stateProperty(task) == null) {
                return;
            }
            register.workAssigned(ticket, activity(task), task.getAssignee(), actor.id());
            if (task.getAssignee() != null && property(task, FIRST_RESPONSE_PROPERTY) != null) {
                register.firstResponse(ticket, task.getAssignee(), activity(task) + " taken by " + task.getAssignee());
            }
        });
    }

    @Override
    public void completed(DelegateTask task) {
        ticketOf(task).ifPresent(ticket -> {
            register.workCompleted(ticket, activity(task), actor.id());
            if (property(task, FIRST_RESPONSE_PROPERTY) != null) {
                register.firstResponse(ticket, actor.id(), activity(task) + " completed");
            }
        });
    }

    private Optional<String> ticketOf(DelegateTask task) {
        if (task.getExecution() == null) {
            return Optional.empty();
        }
        String businessKey = task.getExecution().getProcessBusinessKey();
        return Tickets.number(businessKey).isPresent() && register.find(businessKey).isPresent()
                ? Optional.of(businessKey) : Optional.empty();
    }

    /** The task as the diagram names it: Tasklist shows it with ticket and client added, the timeline needs neither. */
    private static String activity(DelegateTask task) {
        UserTask element = task.getBpmnModelElementInstance();
        return element != null && element.getName() != null ? element.getName() : task.getName();
    }

    private static String candidateGroup(DelegateTask task) {
        return task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .findFirst().orElse(null);
    }

    private static IncidentState stateProperty(DelegateTask task) {
        String state = property(task, STATE_PROPERTY);
        return state == null ? null : IncidentState.valueOf(state);
    }

    private static String property(DelegateTask task, String name) {
        UserTask element = task.getBpmnModelElementInstance();
        if (element == null || element.getExtensionElements() == null) {
            return null;
        }
        return element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list()
                .stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> name.equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .findFirst().orElse(null);
    }
}
