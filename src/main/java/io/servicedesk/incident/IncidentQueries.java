package io.servicedesk.incident;

import io.servicedesk.contract.Priority;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads incidents for the API: one with its open tasks and timeline, or a filtered page. */
@Service
@Transactional(readOnly = true)
public class IncidentQueries {

    private final IncidentRegister register;
    private final Incidents incidents;
    private final TaskService taskService;
    private final List<IncidentSection> sections;

    IncidentQueries(IncidentRegister register, Incidents incidents, TaskService taskService,
            List<IncidentSection> sections) {
        this.register = register;
        this.incidents = incidents;
        this.taskService = taskService;
        this.sections = sections;
    }

    public IncidentView view(String ticket) {
        return view(register.get(ticket));
    }

    public IncidentView view(Incident incident) {
        java.util.Map<String, Object> parts = new java.util.HashMap<>();
        sections.forEach(section -> parts.put(section.name(), section.of(incident)));
        return IncidentView.of(incident, openTasks(incident.ticket()), register.timeline(incident), parts,
                register.recurrences(incident).stream().map(Incident::ticket).toList());
    }

    public Page<IncidentView.Summary> page(String clientId, IncidentState state, Priority priority, int page,
            int size) {
        List<Specification<Incident>> filters = new ArrayList<>();
        if (clientId != null) {
            filters.add((root, query, cb) -> cb.equal(root.get("clientId"), clientId));
        }
        if (state != null) {
            filters.add((root, query, cb) -> cb.equal(root.get("state"), state));
        }
        if (priority != null) {
            filters.add((root, query, cb) -> cb.equal(root.get("priority"), priority));
        }
        return incidents.findAll(Specification.allOf(filters),
                PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "number")))
                .map(IncidentView.Summary::of);
    }

    private List<IncidentView.OpenTask> openTasks(String ticket) {
        return taskService.createTaskQuery().processInstanceBusinessKey(ticket).initializeFormKeys()
                .orderByTaskCreateTime().asc().list().stream()
                .map(task -> new IncidentView.OpenTask(task.getId(), task.getName(), task.getTaskDefinitionKey(),
                        candidateGroup(task), task.getAssignee(), task.getCreateTime().toInstant(),
                        task.getDueDate() == null ? null : task.getDueDate().toInstant()))
                .toList();
    }

    private String candidateGroup(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId())
                .findFirst().orElse(null);
    }
}
