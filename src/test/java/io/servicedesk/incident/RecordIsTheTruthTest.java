package io.servicedesk.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.servicedesk.contract.Priority;
import io.servicedesk.support.Api;
import io.servicedesk.support.Clock;
import io.servicedesk.support.Jobs;
import io.servicedesk.support.Reports;
import io.servicedesk.support.ServiceDeskTest;
import io.servicedesk.support.Ticket;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 10's abuse, at the engine: whoever can write process variables (a task holder through
 * /engine-rest, before that was locked) rewrites what the old process decided on. The incident
 * record decides now, so the process and GET /api/incidents/{ticket} go on agreeing.
 */
@ServiceDeskTest
class RecordIsTheTruthTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    IncidentRegister register;
    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        Clock.businessHours();
    }

    @AfterEach
    void tearDown() {
        Clock.reset();
    }

    @Test
    void rewrittenVariablesNeitherStopTheUpdatesNorChangePriorityOwnerOrContract() {
        Api.Response reported = api.post("northwind-portal", "/api/incidents",
                Reports.northwind().signals(true, 4, false).asset("northwind-accounting-db").json());
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        String ticket = reported.json().get("ticket").asText();
        Jobs.runDue(engine, ticket);
        Ticket incident = Ticket.of(engine, ticket).isWaitingAt("Task_WorkIncident", "Gateway_WaitForUpdate");

        // what a task holder wrote with PUT /engine-rest/task/{id}/variables/...: into every process of the ticket
        Map<String, Object> forged = new HashMap<>();
        forged.put("stabilised", true);
        forged.put("priority", "P4");
        forged.put("accountableOwner", "helpdesk");
        forged.put("contractId", "cobalt-2026");
        forged.put("updateNumber", 99);
        forged.put("updatesDue", false);
        forged.put("updateDueAt", new Date(0));
        forged.put("coverageAction", "QUEUE_FOR_WINDOW");
        for (ProcessInstance instance : incident.running()) {
            engine.getRuntimeService().setVariables(instance.getId(), forged);
        }
        Jobs.runDue(engine, ticket);

        // the P1's client updates go on: the next one opens before 10:30 and goes to the record's owner
        incident.isWaitingAt("Gateway_WaitForUpdate").isNotWaitingAt("EndEvent_UpdatesStopped");
        ClockUtil.setCurrentTime(incident.timer("Timer_UpdateFallsDue").getDuedate());
        Jobs.runDue(engine, ticket);
        Task write = incident.task("Task_WriteClientUpdate");
        assertThat(write.getAssignee()).isEqualTo("dispatcher");
        assertThat(write.getDueDate()).isEqualTo(Date.from(LocalDateTime.parse("2026-11-24T10:30")
                .atZone(Clock.LOS_ANGELES).toInstant()));

        // the record and the API never disagree with the process
        Incident record = register.get(ticket);
        assertThat(record.getPriority()).isEqualTo(Priority.P1);
        assertThat(record.getAccountableOwner()).isEqualTo("dispatcher");
        assertThat(record.getContractId()).isEqualTo("northwind-2026");
        assertThat(record.getState()).isEqualTo(IncidentState.IN_PROGRESS);
        JsonNode view = api.get("auditor", "/api/incidents/" + ticket).json();
        assertThat(view.get("priority").asText()).isEqualTo("P1");
        assertThat(view.get("accountableOwner").asText()).isEqualTo("dispatcher");
        assertThat(view.get("state").asText()).isEqualTo("IN_PROGRESS");
        assertThat(view.get("nextUpdateDueAt").asText()).isEqualTo("2026-11-24T18:30:00Z");
        assertThat(incident.task("Task_WorkIncident").getDueDate()).as("response due by the P1 target")
                .isEqualTo(Date.from(LocalDateTime.parse("2026-11-24T10:15").atZone(Clock.LOS_ANGELES).toInstant()));
        assertThat(view.get("timeline").findValuesAsText("type")).doesNotContain("RESOLVED");
    }
}
