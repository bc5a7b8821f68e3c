package io.servicedesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicedesk.support.Api;
import io.servicedesk.support.Clock;
import io.servicedesk.support.Jobs;
import io.servicedesk.support.Reports;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/** Drives incidents the way people do: reports through the API, Tasklist work as the demo users, jobs when due. */
final class Incidents {

    private final ProcessEngine engine;
    private final Api api;

    Incidents(ProcessEngine engine, Api api) {
        this.engine = engine;
        this.api = api;
    }

    /** Reports at a local time in Los Angeles (Northwind's zone) and runs what is due. */
    String report(String localTime, Reports report) {
        Clock.at(localTime, Clock.LOS_ANGELES);
        Api.Response response = api.post(report.portal(), "/api/incidents", report.json());
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        String ticket = response.json().get("ticket").asText();
        Jobs.runDue(engine, ticket);
        return ticket;
    }

    /** A P1 inside the window (day = yyyy-MM-dd, a weekday): resolved in 10 minutes, confirmed, reviewed. */
    String p1ResolvedInTenMinutesAndReviewed(String day) {
        String ticket = report(day + "T10:00", p1());
        at(day + "T10:10", ticket);
        resolveByHelpdesk(ticket, "Freed space on the database volume");
        confirm(ticket);
        complete(ticket, "Task_ReviewIncident", "dispatcher", "dispatch", Map.of("rootCause", "Log rotation off",
                "systemInScope", true, "systemMonitored", false,
                "followUp1Action", "Monitor disk space", "followUp1Owner", "engineer",
                "followUp1Due", java.time.LocalDate.parse(day).plusDays(7).toString()));
        return ticket;
    }

    /**
     * A P1 at 22:00 (day = a Saturday): on-call is paged, nobody acknowledges in 15 minutes so the page escalates,
     * on-call acknowledges at 22:20, the first client update (due 22:30) goes out at 22:40, resolved then.
     */
    String p1PagedAcknowledgedLateUpdatedLate(String day) {
        String ticket = report(day + "T22:00", p1());
        at(day + "T22:15", ticket);
        at(day + "T22:20", ticket);
        complete(ticket, "Task_AcknowledgePage", "on-call", "on-call", Map.of());
        at(day + "T22:40", ticket);
        writeUpdate(ticket);
        resolve(ticket, "on-call", "on-call", "Restarted the database service");
        return ticket;
    }

    /** A P3 by phone at 20:00 on a weekday: queued for the window, and nobody picks it up. */
    String p3QueuedAfterHours(String day) {
        return report(day + "T20:00", p3().with("channel", "PHONE"));
    }

    static Reports p1() {
        return Reports.northwind().signals(true, 4, false).asset("northwind-accounting-db");
    }

    static Reports p3() {
        return Reports.northwind().signals(false, 1, false).asset("northwind-frontdesk-pc");
    }

    void at(String localTime, String ticket) {
        Clock.at(localTime, Clock.LOS_ANGELES);
        Jobs.runDue(engine, ticket);
    }

    Task task(String ticket, String key) {
        List<Task> open = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(ticket)
                .taskDefinitionKey(key).list();
        assertThat(open).as("open %s of %s", key, ticket).hasSize(1);
        return open.get(0);
    }

    void complete(String ticket, String key, String user, String group, Map<String, Object> variables) {
        Task task = task(ticket, key);
        engine.getIdentityService().setAuthentication(user, List.of(group));
        try {
            engine.getTaskService().complete(task.getId(), variables);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        Jobs.runDue(engine, ticket);
    }

    void resolveByHelpdesk(String ticket, String resolution) {
        resolve(ticket, "helpdesk", "helpdesk", resolution);
    }

    void resolve(String ticket, String user, String group, String resolution) {
        complete(ticket, "Task_WorkIncident", user, group,
                Map.of("diagnosisNotes", "Looked into it", "outcome", "RESOLVED", "resolution", resolution));
    }

    void confirm(String ticket) {
        Api.Response confirmed = api.post("dispatcher", "/api/incidents/" + ticket + "/confirmation",
                Api.json(Map.of("confirmedBy", "Abel Stone")));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        Jobs.runDue(engine, ticket);
    }

    void writeUpdate(String ticket) {
        String next = (String) engine.getRuntimeService().createVariableInstanceQuery()
                .processInstanceIdIn(engine.getRuntimeService().createProcessInstanceQuery()
                        .processInstanceBusinessKey(ticket).list().stream().map(p -> p.getId()).toArray(String[]::new))
                .variableName("nextUpdateAt").singleResult().getValue();
        Task write = task(ticket, "Task_WriteClientUpdate");
        complete(ticket, "Task_WriteClientUpdate", write.getAssignee(), "dispatch", Map.of("whatIsKnown", "Known",
                "whatIsBeingChecked", "Checking", "nextAction", "Next", "nextUpdateAt", next));
    }

    Api api() {
        return api;
    }

    Api.Response vendorUpdate(String ticket, String reference, String status, String message) {
        Api.Response response = api.post("vendor-manager", "/api/incidents/" + ticket + "/vendor-updates",
                Api.json(Map.of("caseReference", reference, "status", status, "message", message)));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        Jobs.runDue(engine, ticket);
        return response;
    }
}
