package io.servicedesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/** Incidents as a portal reports them, run up to their first wait, and their open tasks. */
public final class Incidents {

    private Incidents() {
    }

    /** Reports through the API as the client's portal account and runs the due jobs; the new ticket. */
    public static String report(Api api, ProcessEngine engine, Reports report) {
        Api.Response response = api.post(report.portal(), "/api/incidents", report.json());
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        String ticket = response.json().get("ticket").asText();
        Jobs.runDue(engine, ticket);
        return ticket;
    }

    /** The one open task of the ticket's process at this BPMN element. */
    public static Task openTask(ProcessEngine engine, String ticket, String taskDefinitionKey) {
        List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(ticket)
                .taskDefinitionKey(taskDefinitionKey).list();
        assertThat(tasks).as("open %s tasks of %s", taskDefinitionKey, ticket).hasSize(1);
        return tasks.get(0);
    }
}
