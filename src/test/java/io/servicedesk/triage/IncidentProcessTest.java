package io.servicedesk.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
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
        ProcessInstance instance = triaged(Reports.northwind().signals(true, 4, false)
                .asset("northwind-accounting-db"));

        assertThat(instance).hasPassed("Task_TriageIncident", "Task_RecordTriage")
                .hasNotPassed("Task_ReviewTriage")
                .isWaitingAt("Task_WorkIncident");
        assertThat(task("Task_WorkIncident")).hasCandidateGroup("helpdesk");
        Incident incident = incident(instance);
        assertThat(incident.getPriority()).isEqualTo(Priority.P1);
        assertThat(incident.getAccountableOwner()).isEqualTo("dispatcher");
        assertThat(incident.getState()).isEqualTo(IncidentState.IN_PROGRESS);
        assertThat(incident.getWorkingTeam()).isEqualTo("helpdesk");
        assertThat(incident.getTriageReason()).isEqualTo("Critical operations down");
        assertThat(history.createHistoricDecisionInstanceQuery().processInstanceId(instance.getId())
                .decisionDefinitionKey("triage").count()).isEqualTo(1);
    }

    @Test
    void oneUserBlockedOnAHighCriticalitySystemIsP2() {
        ProcessInstance instance = triaged(Reports.northwind().signals(false, 1, false)
                .asset("northwind-accounting-db"));

        assertThat(instance).isWaitingAt("Task_WorkIncident");
        assertThat(incident(instance).getPriority()).isEqualTo(Priority.P2);
    }

    @Test
    void oneUserBlockedIsP3() {
        ProcessInstance instance = triaged(Reports.northwind().signals(false, 1, false)
                .asset("northwind-frontdesk-pc"));

        assertThat(instance).isWaitingAt("Task_WorkIncident");
        assertThat(incident(instance).getPriority()).isEqualTo(Priority.P3);
    }

    @Test
    void nobodyBlockedIsP4() {
        ProcessInstance instance = triaged(Reports.northwind().signals(false, 0, false));

        assertThat(instance).isWaitingAt("Task_WorkIncident");
        assertThat(incident(instance).getPriority()).isEqualTo(Priority.P4);
    }

    @Test
    void missingSignalsGoToADispatcherWhoSetsPriorityAndOwner() {
        ProcessInstance instance = triaged(Reports.northwind());

        assertThat(instance).isWaitingAt("Task_ReviewTriage");
        assertThat(task("Task_ReviewTriage")).hasCandidateGroup("dispatch");
        Incident waiting = incident(instance);
        assertThat(waiting.getState()).isEqualTo(IncidentState.AWAITING_TRIAGE_REVIEW);
        assertThat(waiting.getWorkingTeam()).isEqualTo("dispatch");
        assertThat(runtime.getVariable(instance.getId(), "ownerOptions").toString()).contains("\"helpdesk\"");

        var review = task("Task_ReviewTriage");
        identity.setAuthentication("dispatcher", List.of("dispatch"));
        complete(review, withVariables("priority", "P2", "accountableOwner", "helpdesk",
                "triageNote", "Called the client: one team is blocked"));
        identity.clearAuthentication();
        Jobs.runDue(engine, instance.getBusinessKey());

        assertThat(instance).hasPassed("Task_ApplyTriageReview").isWaitingAt("Task_WorkIncident");
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

        assertThat(instance).isWaitingAt("Task_ReviewTriage");
        Incident incident = incident(instance);
        assertThat(incident.getPriority()).isEqualTo(Priority.P1);
        assertThat(incident.getTriageReason()).contains("no users blocked");
    }

    @Test
    void anUnknownOwnerIsRefusedAndTheReviewStaysOpen() {
        ProcessInstance instance = triaged(Reports.northwind());
        assertThat(instance).isWaitingAt("Task_ReviewTriage");

        assertThatThrownBy(() -> complete(task("Task_ReviewTriage"), withVariables("priority", "P2", "accountableOwner", "nobody")))
                .hasMessageContaining("'nobody' is not one");

        assertThat(instance).isWaitingAt("Task_ReviewTriage");
        assertThat(incident(instance).getAccountableOwner()).isNull();
    }

    @Test
    void anAssetOutsideTheContractIsAcceptedAndMarkedAScopeGap() {
        ProcessInstance instance = triaged(Reports.northwind().signals(false, 2, false)
                .asset("northwind-rds-host"));

        Incident incident = incident(instance);
        assertThat(incident.isScopeGap()).isTrue();
        assertThat(timeline(incident)).extracting(IncidentEvent::getType).contains("SCOPE_GAP");
        assertThat(instance).isWaitingAt("Task_WorkIncident");
    }

    @Test
    void helpdeskResolvesTheIncident() {
        ProcessInstance instance = triaged(Reports.northwind().signals(false, 1, false));
        assertThat(instance).isWaitingAt("Task_WorkIncident");

        var work = task("Task_WorkIncident");
        identity.setAuthentication("helpdesk", List.of("helpdesk"));
        complete(work, withVariables("diagnosisNotes", "Disk full on the database volume", "outcome", "RESOLVED",
                "resolution", "Freed space and restarted the database service"));
        identity.clearAuthentication();
        Jobs.runDue(engine, instance.getBusinessKey());

        assertThat(instance).hasPassed("Task_RecordResolution").isWaitingAt("Task_AwaitClientConfirmation");
        Incident incident = incident(instance);
        assertThat(incident.getState()).isEqualTo(IncidentState.RESOLVED);
        assertThat(incident.getResolvedAt()).isNotNull();
        assertThat(timeline(incident)).anySatisfy(event -> {
            assertThat(event.getType()).isEqualTo("RESOLVED");
            assertThat(event.getActor()).isEqualTo("helpdesk");
            assertThat(event.getDetail()).contains("Freed space");
        });
    }

    private ProcessInstance report(Reports report) {
        Api.Response response = api.post(report.portal(), "/api/incidents", report.json());
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        String ticket = response.json().get("ticket").asText();
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(ticket).singleResult();
    }

    private ProcessInstance triaged(Reports report) {
        ProcessInstance instance = report(report);
        Jobs.runDue(engine, instance.getBusinessKey());
        return instance;
    }

    private Incident incident(ProcessInstance instance) {
        return register.get(instance.getBusinessKey());
    }

    private List<IncidentEvent> timeline(Incident incident) {
        return register.timeline(incident);
    }
}
