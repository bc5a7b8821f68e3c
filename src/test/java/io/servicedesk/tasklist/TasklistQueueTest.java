package io.servicedesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicedesk.support.Api;
import io.servicedesk.support.Clock;
import io.servicedesk.support.Incidents;
import io.servicedesk.support.Reports;
import io.servicedesk.support.ServiceDeskTest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A team's Tasklist queue reads like a queue: each task says the work, the ticket and the client, carries
 * the incident's priority (also after a re-triage), and the team filters list the earliest due first.
 */
@ServiceDeskTest
class TasklistQueueTest {

    @Autowired
    ProcessEngine engine;
    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        // inside Northwind's support window: after triage the incident is worked right away
        Clock.businessHours();
    }

    @AfterEach
    void tearDown() {
        Clock.reset();
    }

    @Test
    void namesEachTaskForTheWorkTheTicketAndTheClientAndKeepsTheTimelinePlain() {
        String ticket = report(Reports.northwind().signals(true, 4, false));

        Task work = task(ticket, "Task_WorkIncident");
        assertThat(work.getName()).isEqualTo("Work incident · " + ticket + " · Northwind Dental");
        assertThat(work.getPriority()).as("P1").isEqualTo(100);
        assertThat(work.getDueDate()).as("due by the response target").isNotNull();
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(work.getId()).singleResult()
                .getName()).as("the history keeps the name Tasklist showed").isEqualTo(work.getName());

        engine.getTaskService().claim(work.getId(), "helpdesk");

        List<String> timeline = new ArrayList<>();
        api.get("auditor", "/api/incidents/" + ticket).json().get("timeline")
                .forEach(line -> timeline.add(line.get("detail").asText()));
        // the incident's own timeline needs neither ticket nor client in every line
        assertThat(timeline).anyMatch(line -> line.startsWith("Work incident for helpdesk"))
                .contains("Work incident assigned to helpdesk")
                .noneMatch(line -> line.contains(ticket + " · "));
    }

    @Test
    void aRetriageGivesTheOpenTasksTheNewPriority() {
        String ticket = report(Reports.northwind().signals(true, 4, false));
        assertThat(task(ticket, "Task_WorkIncident").getPriority()).isEqualTo(100);

        Api.Response change = api.post("dispatcher", "/api/incidents/" + ticket + "/priority",
                Api.json(Map.of("priority", "P2", "reason", "Only the front desk is affected")));
        assertThat(change.status()).as(change.body()).isEqualTo(200);

        assertThat(task(ticket, "Task_WorkIncident").getPriority()).as("P2").isEqualTo(75);
    }

    @Test
    void teamQueuesListTheEarliestDueFirstThenTheMostUrgent() {
        String later = report(Reports.northwind().signals(false, 1, false));
        String sooner = report(Reports.northwind().signals(true, 4, false));
        Task p3 = task(later, "Task_WorkIncident");
        Task p1 = task(sooner, "Task_WorkIncident");
        assertThat(p1.getDueDate()).as("a P1's response is due before a P3's").isBefore(p3.getDueDate());

        Filter helpdesk = engine.getFilterService().createFilterQuery().filterName("Helpdesk queue").singleResult();
        List<Task> queue = engine.getFilterService().list(helpdesk.getId());

        assertThat(queue).extracting(Task::getId).containsSubsequence(p1.getId(), p3.getId());
        // the whole queue, other tests' tasks included: due date first (undated last), then priority
        assertThat(queue).isSortedAccordingTo(Comparator
                .comparing(Task::getDueDate, Comparator.nullsLast(Comparator.<Date>naturalOrder()))
                .thenComparing(Task::getPriority, Comparator.reverseOrder()));
    }

    private String report(Reports report) {
        return Incidents.report(api, engine, report);
    }

    private Task task(String ticket, String taskDefinitionKey) {
        return Incidents.openTask(engine, ticket, taskDefinitionKey);
    }
}
