package io.servicedesk.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.support.Api;
import io.servicedesk.support.Clock;
import io.servicedesk.support.Reports;
import io.servicedesk.support.ServiceDeskTest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Scope gaps surface, never drop: a report or an alert about a system missing from the catalog, outside
 * the contract's scope, or of a client nobody knows is taken in and put to the service owner once per
 * system, who adds it to the contract or tells the client it is outside the plan.
 */
@ServiceDeskTest
class ScopeDecisionTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentityService identity;
    @Autowired
    ScopeDecisions decisions;
    @Autowired
    Alerts alerts;
    @Autowired
    IncidentRegister register;
    @Autowired
    ContractCatalog catalog;

    Api api;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        api = new Api(port);
        Clock.at("2026-11-24T10:00", Clock.LOS_ANGELES);
    }

    @AfterEach
    void tearDown() {
        identity.clearAuthentication();
        Clock.reset();
    }

    @Test
    void aReportAboutASystemMissingFromTheCatalogIsTakenInAndPutToTheServiceOwnerOnce() {
        String system = "northwind-old-fileserver-" + UUID.randomUUID().toString().substring(0, 6);

        Api.Response first = report(system);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("scopeGap").asBoolean()).isTrue();
        assertThat(first.json().has("assetId")).isFalse();
        AlertJobs.runDue(engine);
        ScopeDecision decision = standing("northwind", system);
        assertThat(decision.getReason()).isEqualTo(ScopeGapReason.UNKNOWN_ASSET);
        assertThat(decision.getServiceOwner()).isEqualTo("dispatcher");
        assertThat(decision.getServiceGroup()).isEqualTo("dispatch");
        assertThat(decision.getFirstSource()).isEqualTo(ticket(first));
        // five business days after Tuesday 24 November, Thanksgiving (the 26th) not counted
        assertThat(decision.getDueAt()).isEqualTo(LocalDateTime.parse("2026-12-02T17:00")
                .atZone(Clock.LOS_ANGELES).toInstant());
        Task task = task(decision);
        assertThat(task).isAssignedTo("dispatcher").hasCandidateGroupAssociated("dispatch");
        assertThat(task.getName()).isEqualTo("Decide scope · " + decision.reference() + " · Northwind Dental");
        assertThat(register.timeline(register.get(ticket(first)))).anySatisfy(line -> {
            assertThat(line.getType()).isEqualTo("SCOPE_GAP");
            assertThat(line.getDetail()).contains("not in the client's catalog");
        });

        Api.Response second = report(system);
        AlertJobs.runDue(engine);
        assertThat(decisions.findById(decision.getId()).orElseThrow().getSightings()).isEqualTo(2);
        assertThat(tasks(decision)).hasSize(1);

        decide(task, "dispatcher", "dispatch", "OUTSIDE_PLAN", "Told Abel Stone on 24 Nov: the old file server is"
                + " not covered; quoted its migration");
        Api.Response third = report(system);
        AlertJobs.runDue(engine);

        ScopeDecision decided = decisions.findById(decision.getId()).orElseThrow();
        assertThat(decided.getState()).isEqualTo(ScopeDecision.State.DECIDED);
        assertThat(decided.getOutcome()).isEqualTo(ScopeDecision.Outcome.OUTSIDE_PLAN);
        assertThat(decided.getDecidedBy()).isEqualTo("dispatcher");
        assertThat(decided.getSightings()).as("counted, not asked again").isEqualTo(3);
        assertThat(tasks(decided)).isEmpty();

        JsonNode read = api.get("auditor", "/api/scope-decisions/" + decision.reference()).json();
        List<String> seenIn = new ArrayList<>();
        read.get("seenIn").forEach(seen -> seenIn.add(seen.get("source").asText()));
        assertThat(seenIn).containsExactly(ticket(first), ticket(second), ticket(third));
        JsonNode page = api.get("auditor", "/api/scope-decisions?client=northwind&state=DECIDED&size=200").json();
        List<String> listed = new ArrayList<>();
        page.get("items").forEach(item -> listed.add(item.get("reference").asText()));
        assertThat(listed).contains(decision.reference());
    }

    @Test
    void aWarningOnASystemOutsideTheContractIsPutToItsServiceOwnerWhoAddsItToTheContract() {
        String asset = "brandt-scanner-" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", asset);
        payload.put("clientId", "brandt");
        payload.put("name", "Hand scanner dock");
        payload.put("kind", "device");
        payload.put("criticality", "LOW");
        payload.put("owner", "Hall 2 lead");
        payload.put("maintenanceGroup", "Peripherals");
        payload.put("inScope", false);
        payload.put("alertOwner", "helpdesk");
        assertThat(api.post("dispatcher", "/api/assets", Api.json(payload)).status()).isEqualTo(201);
        Notifications.Alert battery = Notifications.alert(Notifications.unique("BatteryLow")).severity("warning")
                .asset(asset);

        post(Notifications.message(battery));
        AlertJobs.runDue(engine);

        Alert alert = alerts.findByFingerprintOrderByIdAsc(battery.fingerprint()).get(0);
        assertThat(alert.getRoute()).isEqualTo(AlertRoute.SCOPE);
        assertThat(alert.getState()).isEqualTo(AlertState.SCOPE_DECISION);
        ScopeDecision decision = standing("brandt", asset);
        assertThat(decision.getReason()).isEqualTo(ScopeGapReason.OUT_OF_SCOPE);
        assertThat(alert.getScopeDecisionId()).isEqualTo(decision.getId());
        // Brandt's contract names helpdesk as its default owner: the service owner
        decide(task(decision), "helpdesk", "helpdesk", "ADD_TO_CONTRACT", "Added to the 2026 contract from December");

        assertThat(catalog.asset(asset).isInScope()).isTrue();
        post(Notifications.message(battery.resolvedAt(battery.startsAt.plusSeconds(60))));
        post(Notifications.message(battery.startsAt(battery.startsAt.plusSeconds(3600))));
        AlertJobs.runDue(engine);
        List<Alert> both = alerts.findByFingerprintOrderByIdAsc(battery.fingerprint());
        assertThat(both).hasSize(2);
        assertThat(both.get(1).getRoute()).as("in scope now: its owner acknowledges it").isEqualTo(AlertRoute.OWNED);
        assertThat(both.get(1).getOwner()).isEqualTo("helpdesk");
    }

    @Test
    void anAlertNamingNoClientWeKnowGoesToDispatch() {
        Notifications.Alert unknown = Notifications.alert(Notifications.unique("NodeDown")).severity("critical")
                .client("someone-else").label("instance", "10.9.8.7:9100");

        post(Notifications.message(unknown));
        AlertJobs.runDue(engine);

        Alert alert = alerts.findByFingerprintOrderByIdAsc(unknown.fingerprint()).get(0);
        assertThat(alert.getRoute()).as("no contract: no incident, a scope question").isEqualTo(AlertRoute.SCOPE);
        assertThat(alert.getOwner()).isNull();
        assertThat(alert.getTeam()).isEqualTo("dispatch");
        ScopeDecision decision = decisions.findById(alert.getScopeDecisionId()).orElseThrow();
        assertThat(decision.getReason()).isEqualTo(ScopeGapReason.UNKNOWN_CLIENT);
        assertThat(decision.getClientId()).isNull();
        assertThat(decision.getAssetRef()).isEqualTo("10.9.8.7:9100");
        assertThat(task(decision)).hasCandidateGroup("dispatch");
        assertThat(task(decision).getAssignee()).isNull();
    }

    @Test
    void aDecisionWithoutWhatTheClientWasToldIsRefused() {
        String system = "northwind-kiosk-" + UUID.randomUUID().toString().substring(0, 6);
        report(system);
        AlertJobs.runDue(engine);
        ScopeDecision decision = standing("northwind", system);

        assertThatThrownBy(() -> decide(task(decision), "dispatcher", "dispatch", "OUTSIDE_PLAN", ""))
                .hasMessageContaining("what the client was told");

        assertThat(tasks(decision)).hasSize(1);
        assertThat(decisions.findById(decision.getId()).orElseThrow().getState()).isEqualTo(ScopeDecision.State.OPEN);
    }

    private Api.Response report(String asset) {
        return api.post("northwind-portal", "/api/incidents", Reports.northwind().signals(false, 1, false).asset(asset).json());
    }

    private Api.Response post(String body) {
        Api.Response response = api.post("monitoring", AlertmanagerWebhookTest.WEBHOOK, body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }

    private ScopeDecision standing(String clientId, String assetRef) {
        return decisions.findByStandingKey(ScopeDecision.standingKey(clientId, assetRef)).orElseThrow();
    }

    private List<Task> tasks(ScopeDecision decision) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(decision.reference()).list();
    }

    private Task task(ScopeDecision decision) {
        List<Task> tasks = tasks(decision);
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }

    private void decide(Task task, String user, String group, String outcome, String note) {
        identity.setAuthentication(user, List.of(group));
        try {
            Map<String, Object> variables = new HashMap<>();
            variables.put("scopeOutcome", outcome);
            variables.put("scopeNote", note);
            engine.getTaskService().complete(task.getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
    }

    private static String ticket(Api.Response response) {
        return response.json().get("ticket").asText();
    }
}
