package io.servicedesk.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * A Tasklist filter per team, showing the ticket's client, summary and priority in the list (the cards show
 * the task's due date and priority themselves), earliest due first, then the most urgent; plus "My tasks" for
 * everybody. Created once, by name.
 */
@Component
class TasklistFilters {

    private static final Map<String, String> TEAM_FILTERS = new LinkedHashMap<>();

    static {
        TEAM_FILTERS.put(Groups.DISPATCH, "Dispatch: triage reviews");
        TEAM_FILTERS.put(Groups.HELPDESK, "Helpdesk queue");
        TEAM_FILTERS.put(Groups.ENGINEERING, "Engineering queue");
        TEAM_FILTERS.put(Groups.VENDOR_MANAGEMENT, "Vendor cases");
        TEAM_FILTERS.put(Groups.ON_CALL, "On-call pages");
        TEAM_FILTERS.put(Groups.DUTY_MANAGER, "Duty manager escalations");
    }

    private final FilterService filters;
    private final TaskService tasks;
    private final IdentityBootstrap identity;

    TasklistFilters(FilterService filters, TaskService tasks, IdentityBootstrap identity) {
        this.filters = filters;
        this.tasks = tasks;
        this.identity = identity;
    }

    void create() {
        Filter mine = ensure("My tasks", -10, tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"),
                "All tasks assigned to me");
        int priority = 0;
        for (Map.Entry<String, String> team : TEAM_FILTERS.entrySet()) {
            Filter filter = ensure(team.getValue(), priority++,
                    tasks.createTaskQuery().taskCandidateGroup(team.getKey()).includeAssignedTasks(),
                    "Open work of the " + team.getKey() + " group, earliest due first");
            identity.grant(team.getKey(), Resources.FILTER, filter.getId(), Permissions.READ);
            identity.grant(team.getKey(), Resources.FILTER, mine.getId(), Permissions.READ);
        }
    }

    private Filter ensure(String name, int priority, TaskQuery query, String description) {
        Filter existing = filters.createFilterQuery().filterName(name).singleResult();
        if (existing != null) {
            return existing;
        }
        // earliest due first, undated work last (H2 is told to sort nulls like PostgreSQL), then most urgent;
        // Tasklist appends its own sorting after the filter's
        query.orderByDueDate().asc().orderByTaskPriority().desc().orderByTaskCreateTime().asc();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", description);
        properties.put("priority", priority);
        properties.put("refresh", true);
        // a card shows the first two without expanding; its name already says ticket and client
        properties.put("variables", List.of(
                variable("priority", "Priority"),
                variable("summary", "Summary"),
                variable("ticket", "Ticket"),
                variable("clientName", "Client")));
        Filter filter = filters.newTaskFilter(name).setQuery(query).setProperties(properties);
        return filters.saveFilter(filter);
    }

    private static Map<String, String> variable(String name, String label) {
        return Map.of("name", name, "label", label);
    }
}
