package io.servicedesk.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.servicedesk.contract.Priority;
import io.servicedesk.incident.Incident;
import io.servicedesk.incident.IncidentEvent;
import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.incident.IncidentState;
import io.servicedesk.support.Api;
import io.servicedesk.support.Clock;
import io.servicedesk.support.Jobs;
import io.servicedesk.support.Reports;
import io.servicedesk.support.ServiceDeskTest;
import io.servicedesk.support.Ticket;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The incident process through every triage path, started the way users start it: through the API. */
@ServiceDeskTest
class IncidentProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    IdentityService identity;
    @Autowired
    IncidentRegister register;
    @LocalServerPort
    int port;

    Api api;
    String lastTicket;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        api = new Api(port);
        Clock.businessHours();
    }

    @AfterEach
    void tearDown() {
        identity.clearAuthentication();
        Clock.reset();
    }

    @Test
    void waitsAfterIntakeSoTheReportIsCommittedBeforeTriage() {
        ProcessInstance instance = report(Reports.northwind().signals(true, 4, false));

        assertThat(instance).isWaitingAt("StartEvent_IncidentReported");
        assertThat(instance.getBusinessKey()).matches("INC-\\d+");
        assertThat(incident(instance).getState()).isEqualTo(IncidentState.REPORTED);
    }

    @Test
    void criticalOperationsDownIsP1AndGoesStraightToHelpdeskWithTheContractsOwner() {
        ProcessInstance instance = triaged(Reports.northwind().signals(true, 1, false)
                .asset("northwind-accounting-db"));

        ticket(instance).hasPassed("Task_TriageIncident", "Task_RecordTriage")
                .hasNotPassed("Task_ReviewTriage")
                .isWaitingAt("Task_WorkIncident");
        assertThat(task("Task_WorkIncident")).hasCandidateGroup("helpdesk");
        Incident incident = incident(instance);
        assertThat(incident.getPriority()).isEqualTo(Priority.P1);
        assertThat(incident.getAccountableOwner()).isEqualTo("dispatcher");
        assertThat(incident.getState()).isEqualTo(IncidentState.IN_PROGRESS);
        assertThat(incident.getWorkingTeam()).isEqualTo("helpdesk");
        assertThat(incident.getTriageReason()).isEqualTo("Critical operations down");
        assertThat(history.createHistoricDecisionInstanceQuery().processInstanceId(triageInstance(instance))
                .decisionDefinitionKey("triage").count()).isEqualTo(1);
    }

    @Test
    void oneUserBlockedOnAHighCriticalitySystemIsP2() {
        ProcessInstance instance = triaged(Reports.northwind().signals(false, 1, false)
                .asset("northwind-accounting-db"));

        ticket(instance).isWaitingAt("Task_WorkIncident");
        assertThat(incident(instance).getPriority()).isEqualTo(Priority.P2);
    }

    @Test
    void oneUserBlockedIsP3() {
        ProcessInstance instance = triaged(Reports.northwind().signals(false, 1, false)
                .asset("northwind-frontdesk-pc"));

        ticket(instance).isWaitingAt("Task_WorkIncident");
        assertThat(incident(instance).getPriority()).isEqualTo(Priority.P3);
    }

    @Test
    void nobodyBlockedIsP4() {
        ProcessInstance instance = triaged(Reports.northwind().signals(false, 0, false));

        ticket(instance).isWaitingAt("Task_WorkIncident");
        assertThat(incident(instance).getPriority()).isEqualTo(Priority.P4);
    }

    @Test
    void missingSignalsGoToADispatcherWhoSetsPriorityAndOwner() {
        ProcessInstance instance = triaged(Reports.northwind());

        ticket(instance).isWaitingAt("Task_ReviewTriage");
        assertThat(task("Task_ReviewTriage")).hasCandidateGroup("dispatch");
        Incident waiting = incident(instance);
        assertThat(waiting.getState()).isEqualTo(IncidentState.AWAITING_TRIAGE_REVIEW);
        assertThat(waiting.getWorkingTeam()).isEqualTo("dispatch");
        var review = task("Task_ReviewTriage");
        assertThat(engine.getTaskService().getVariable(review.getId(), "ownerOptions").toString()).contains("\"helpdesk\"");
        // the form is pre-filled with the suggestion
        assertThat(engine.getTaskService().getVariable(review.getId(), "reviewPriority")).isEqualTo("P3");
        assertThat(engine.getTaskService().getVariable(review.getId(), "reviewOwner")).isEqualTo("dispatcher");

        identity.setAuthentication("dispatcher", List.of("dispatch"));
        engine.getTaskService().complete(review.getId(), withVariables("reviewPriority", "P2", "reviewOwner", "helpdesk",
                "triageNote", "Called the client: one team is blocked"));
        identity.clearAuthentication();
        Jobs.runDue(engine, instance.getBusinessKey());

        ticket(instance).hasPassed("Task_ApplyTriageReview").isWaitingAt("Task_WorkIncident");
        Incident reviewed = incident(instance);
        assertThat(reviewed.getPriority()).isEqualTo(Priority.P2);
        assertThat(reviewed.getAccountableOwner()).isEqualTo("helpdesk");
        assertThat(reviewed.getState()).isEqualTo(IncidentState.IN_PROGRESS);
        assertThat(timeline(reviewed)).anySatisfy(event -> {
            assertThat(event.getType()).isEqualTo("TRIAGE_REVIEWED");
            assertThat(event.getActor()).isEqualTo("dispatcher");
            assertThat(event.getDetail()).contains("P2", "suggested P3", "one team is blocked");
        });
    }

    @Test
    void contradictorySignalsGoToReviewWithASuggestion() {
        ProcessInstance instance = triaged(Reports.northwind().signals(true, 0, false));

        ticket(instance).isWaitingAt("Task_ReviewTriage");
        Incident incident = incident(instance);
        assertThat(incident.getPriority()).isEqualTo(Priority.P1);
        assertThat(incident.getTriageReason()).contains("no users blocked");
    }

    @Test
    void anUnknownOwnerIsRefusedAndTheReviewStaysOpen() {
        ProcessInstance instance = triaged(Reports.northwind());
        ticket(instance).isWaitingAt("Task_ReviewTriage");

        assertThatThrownBy(() -> engine.getTaskService().complete(task("Task_ReviewTriage").getId(),
                withVariables("reviewPriority", "P2", "reviewOwner", "nobody")))
                .hasMessageContaining("'nobody' is not one");

        ticket(instance).isWaitingAt("Task_ReviewTriage");
        assertThat(incident(instance).getAccountableOwner()).isNull();
    }

    @Test
    void anAssetOutsideTheContractIsAcceptedAndMarkedAScopeGap() {
        ProcessInstance instance = triaged(Reports.northwind().signals(false, 2, false)
                .asset("northwind-rds-host"));

        Incident incident = incident(instance);
        assertThat(incident.isScopeGap()).isTrue();
        assertThat(timeline(incident)).extracting(IncidentEvent::getType).contains("SCOPE_GAP");
        ticket(instance).isWaitingAt("Task_WorkIncident");
    }

    @Test
    void helpdeskResolvesTheIncident() {
        ProcessInstance instance = triaged(Reports.northwind().signals(false, 1, false));
        ticket(instance).isWaitingAt("Task_WorkIncident");

        var work = task("Task_WorkIncident");
        identity.setAuthentication("helpdesk", List.of("helpdesk"));
        engine.getTaskService().complete(work.getId(), withVariables("diagnosisNotes", "Disk full on the database volume", "outcome", "RESOLVED",
                "resolution", "Freed space and restarted the database service"));
        identity.clearAuthentication();
        Jobs.runDue(engine, instance.getBusinessKey());

        ticket(instance).hasPassed("Task_RecordResolution").isWaitingAt("Task_AwaitClientConfirmation");
        Incident incident = incident(instance);
        assertThat(incident.getState()).isEqualTo(IncidentState.RESOLVED);
        assertThat(incident.getResolvedAt()).isNotNull();
        assertThat(timeline(incident)).anySatisfy(event -> {
            assertThat(event.getType()).isEqualTo("RESOLVED");
            assertThat(event.getActor()).isEqualTo("helpdesk");
            assertThat(event.getDetail()).contains("Freed space");
        });
    }

    @Test
    void afterHoursAnUntakenReviewOfACoveredSuggestionPagesOnCallThenTheBackup() {
        Clock.at("2026-11-28T22:00", Clock.LOS_ANGELES);
        ProcessInstance instance = triaged(Reports.northwind().signals(true, 0, false));
        ticket(instance).isWaitingAt("Task_ReviewTriage");
        // suggested P1, covered after hours by northwind: the 15 minutes are wall-clock minutes
        assertThat(task("Task_ReviewTriage").getDueDate().toInstant())
                .isEqualTo(java.time.Instant.parse("2026-11-29T06:15:00Z"));

        Clock.at("2026-11-28T22:15", Clock.LOS_ANGELES);
        Jobs.runDue(engine, instance.getBusinessKey());
        assertThat(task("Task_ReviewTriage")).hasCandidateGroup("dispatch").hasCandidateGroup("on-call");
        assertThat(io.servicedesk.support.TestMailServer.inbox("on-call@servicedesk.test", instance.getBusinessKey()))
                .singleElement().satisfies(page -> assertThat(page.getSubject()).contains("on-call page"));

        Clock.at("2026-11-28T22:30", Clock.LOS_ANGELES);
        Jobs.runDue(engine, instance.getBusinessKey());
        assertThat(task("Task_ReviewTriage")).hasCandidateGroup("engineering");
        assertThat(incident(instance).getTriageReviewEscalations()).isEqualTo(2);

        var review = task("Task_ReviewTriage");
        identity.setAuthentication("on-call", List.of("on-call"));
        engine.getTaskService().claim(review.getId(), "on-call");
        engine.getTaskService().complete(review.getId(), withVariables("reviewPriority", "P1", "reviewOwner", "dispatcher",
                "triageNote", "Confirmed by phone: the practice cannot work"));
        identity.clearAuthentication();
        Jobs.runDue(engine, instance.getBusinessKey());
        assertThat(incident(instance).getPriority()).isEqualTo(Priority.P1);
        ticket(instance).isWaitingAt("Task_AcknowledgePage");
    }

    @Test
    void afterHoursAReviewOfAnUncoveredSuggestionWaitsForTheWindowAndThenTheDutyManager() {
        Clock.at("2026-11-28T22:00", Clock.LOS_ANGELES);
        ProcessInstance instance = triaged(Reports.northwind());
        // suggested P3, not covered after hours: 15 business minutes, from Monday's opening
        assertThat(task("Task_ReviewTriage").getDueDate().toInstant())
                .isEqualTo(java.time.Instant.parse("2026-11-30T16:15:00Z"));

        Clock.at("2026-11-30T08:15", Clock.LOS_ANGELES);
        Jobs.runDue(engine, instance.getBusinessKey());

        assertThat(task("Task_ReviewTriage")).hasCandidateGroup("duty-manager");
        assertThat(io.servicedesk.support.TestMailServer.inbox("on-call@servicedesk.test", instance.getBusinessKey()))
                .isEmpty();
        assertThat(io.servicedesk.support.TestMailServer.inbox("duty-manager@servicedesk.test", instance.getBusinessKey()))
                .anySatisfy(mail -> assertThat(mail.getSubject()).contains("triage review overdue"));
    }

    private ProcessInstance report(Reports report) {
        Api.Response response = api.post(report.portal(), "/api/incidents", report.json());
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        String ticket = response.json().get("ticket").asText();
        lastTicket = ticket;
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(ticket).processDefinitionKey("incident")
                .singleResult();
    }

    private ProcessInstance triaged(Reports report) {
        ProcessInstance instance = report(report);
        Jobs.runDue(engine, instance.getBusinessKey());
        return instance;
    }

    private Ticket ticket(ProcessInstance instance) {
        return Ticket.of(engine, instance.getBusinessKey());
    }

    private org.camunda.bpm.engine.task.Task task(String key) {
        return Ticket.of(engine, lastTicket).task(key);
    }

    private String triageInstance(ProcessInstance instance) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(instance.getBusinessKey())
                .processDefinitionKey("incidentTriage").singleResult().getId();
    }

    private Incident incident(ProcessInstance instance) {
        return register.get(instance.getBusinessKey());
    }

    private List<IncidentEvent> timeline(Incident incident) {
        return register.timeline(incident);
    }
}
