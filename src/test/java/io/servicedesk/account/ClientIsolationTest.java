package io.servicedesk.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.servicedesk.incident.Incidents;
import io.servicedesk.support.Api;
import io.servicedesk.support.Clock;
import io.servicedesk.support.Jobs;
import io.servicedesk.support.Reports;
import io.servicedesk.support.ServiceDeskTest;
import io.servicedesk.support.TestMailServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Many clients share the service: an account that speaks for a client reports, reads and answers for that client
 * only; monitoring reports for all and reads nothing; a vendor's account updates that vendor's cases only; staff
 * see everything. Each rule both ways. Bindings and tokens are data an administrator manages.
 */
@ServiceDeskTest
class ClientIsolationTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Incidents incidents;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        Clock.businessHours();
    }

    @AfterEach
    void resetClock() {
        Clock.reset();
    }

    @Test
    void aPortalReportsForItsOwnClientOnly() {
        long before = incidents.count();
        Api.Response forBrandt = api.post("northwind-portal", "/api/incidents", Reports.forClient("brandt").json());

        assertThat(forBrandt.status()).as(forBrandt.body()).isEqualTo(403);
        assertThat(forBrandt.header("Content-Type")).startsWith(PROBLEM_JSON);
        assertThat(forBrandt.json().path("errors").get(0).path("field").asText()).isEqualTo("clientId");
        assertThat(forBrandt.json().path("detail").asText()).contains("northwind-portal", "northwind", "brandt");
        assertThat(incidents.count()).as("nothing created").isEqualTo(before);

        assertThat(api.post("northwind-portal", "/api/incidents", Reports.northwind().json()).status()).isEqualTo(201);
    }

    @Test
    void monitoringReportsForAnyClientAndReadsNothing() {
        String brandt = report("monitoring", Reports.forClient("brandt").signals(false, 1, false));
        String cobalt = report("monitoring", Reports.forClient("cobalt").signals(false, 1, false));

        for (String path : List.of("/api/incidents/" + brandt, "/api/incidents/" + cobalt, "/api/incidents",
                "/api/clients", "/api/contracts", "/api/assets")) {
            Api.Response read = api.get("monitoring", path);
            assertThat(read.status()).as(path).isEqualTo(403);
            assertThat(read.header("Content-Type")).as(path).startsWith(PROBLEM_JSON);
        }
        Api.Response confirmation = api.post("monitoring", "/api/incidents/" + brandt + "/confirmation",
                Api.json(Map.of("confirmedBy", "Monitoring")));
        assertThat(confirmation.status()).isEqualTo(403);
    }

    @Test
    void aPortalReadsAndListsItsOwnClientsIncidentsOnlyWhileStaffSeeAll() {
        String northwind = report("northwind-portal", Reports.northwind().signals(false, 1, false));
        String brandt = report("brandt-portal", Reports.forClient("brandt").signals(false, 1, false));

        assertThat(api.get("northwind-portal", "/api/incidents/" + northwind).status()).isEqualTo(200);
        Api.Response other = api.get("northwind-portal", "/api/incidents/" + brandt);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.header("Content-Type")).startsWith(PROBLEM_JSON);
        assertThat(other.body()).doesNotContain("brandt", "Brandt");

        JsonNode own = api.get("northwind-portal", "/api/incidents?size=200").json();
        assertThat(own.path("items")).isNotEmpty();
        assertThat(clientsOf(own)).containsOnly("northwind");
        Api.Response otherList = api.get("northwind-portal", "/api/incidents?client=brandt");
        assertThat(otherList.status()).isEqualTo(403);
        assertThat(otherList.header("Content-Type")).startsWith(PROBLEM_JSON);
        for (String catalog : List.of("/api/clients", "/api/contracts", "/api/assets", "/api/clients/brandt")) {
            assertThat(api.get("northwind-portal", catalog).status()).as(catalog).isEqualTo(403);
        }

        for (String staff : List.of("dispatcher", "auditor", "helpdesk")) {
            assertThat(api.get(staff, "/api/incidents/" + brandt).status()).as(staff).isEqualTo(200);
            assertThat(api.get(staff, "/api/incidents/" + northwind).status()).as(staff).isEqualTo(200);
            assertThat(clientsOf(api.get(staff, "/api/incidents?size=200").json())).as(staff)
                    .contains("northwind", "brandt");
            assertThat(api.get(staff, "/api/contracts").status()).as(staff).isEqualTo(200);
        }
    }

    @Test
    void aPortalConfirmsOnlyItsOwnClientsResolution() {
        String ticket = report("northwind-portal", Reports.northwind().signals(false, 1, false));
        completeAs("helpdesk", "helpdesk", ticket, "Task_WorkIncident", Map.of("diagnosisNotes", "Paper jam",
                "outcome", "RESOLVED", "resolution", "Cleared the jam"));
        assertThat(api.get("dispatcher", "/api/incidents/" + ticket).json().path("state").asText())
                .isEqualTo("RESOLVED");
        int lines = timeline(ticket).size();

        Api.Response byBrandt = api.post("brandt-portal", "/api/incidents/" + ticket + "/confirmation",
                Api.json(Map.of("confirmedBy", "Jana Brandt")));
        assertThat(byBrandt.status()).as(byBrandt.body()).isEqualTo(404);
        assertThat(byBrandt.header("Content-Type")).startsWith(PROBLEM_JSON);
        assertThat(timeline(ticket)).hasSize(lines);
        assertThat(api.get("dispatcher", "/api/incidents/" + ticket).json().path("state").asText())
                .isEqualTo("RESOLVED");

        Api.Response byNorthwind = api.post("northwind-portal", "/api/incidents/" + ticket + "/confirmation",
                Api.json(Map.of("confirmedBy", "Abel Stone")));
        assertThat(byNorthwind.status()).as(byNorthwind.body()).isEqualTo(200);
        assertThat(timeline(ticket)).anySatisfy(line -> {
            assertThat(line.path("type").asText()).isEqualTo("CLIENT_CONFIRMED");
            assertThat(line.path("actor").asText()).isEqualTo("northwind-portal");
        });
    }

    @Test
    void aPortalApprovesOnlyItsOwnClientsBillableService() {
        Clock.at("2026-11-24T10:00", Clock.BERLIN);
        String ticket = report("brandt-portal", Reports.forClient("brandt").signals(false, 1, false)
                .asset("brandt-label-printer"));
        completeAs("helpdesk", "helpdesk", ticket, "Task_WorkIncident", Map.of("diagnosisNotes", "Print head broken",
                "outcome", "SCOPED_SERVICE", "scopedService", "FIELD_DISPATCH",
                "scopeReason", "A technician must replace the print head"));
        assertThat(api.get("dispatcher", "/api/incidents/" + ticket).json().path("state").asText())
                .isEqualTo("AWAITING_APPROVAL");
        String approval = Api.json(Map.of("decision", "APPROVED", "decidedBy", "Jana Brandt"));

        Api.Response byNorthwind = api.post("northwind-portal", "/api/incidents/" + ticket + "/approvals", approval);
        assertThat(byNorthwind.status()).as(byNorthwind.body()).isEqualTo(404);
        assertThat(api.get("dispatcher", "/api/incidents/" + ticket).json().path("state").asText())
                .isEqualTo("AWAITING_APPROVAL");

        Api.Response byBrandt = api.post("brandt-portal", "/api/incidents/" + ticket + "/approvals", approval);
        assertThat(byBrandt.status()).as(byBrandt.body()).isEqualTo(200);
        assertThat(byBrandt.json().path("scopedServices").get(0).path("decision").asText()).isEqualTo("APPROVED");
    }

    @Test
    void vendorUpdatesComeFromVendorManagementOrThatVendorsOwnAccount() {
        String ticket = report("northwind-portal", Reports.northwind().signals(false, 1, false)
                .asset("northwind-frontdesk-pc"));
        completeAs("helpdesk", "helpdesk", ticket, "Task_WorkIncident", Map.of("diagnosisNotes", "Line down",
                "outcome", "VENDOR", "vendorKind", "ISP"));
        completeAs("vendor-manager", "vendor-management", ticket, "Task_OpenVendorCase",
                Map.of("vendorCaseReference", "PF-" + ticket, "vendorNote", "Please check the line"));
        api.put("admin", "/api/accounts/telekom-noc", Api.json(Map.of("group", "vendor-integration",
                "vendor", "Telekom Business")));
        String telekomToken = api.post("admin", "/api/accounts/telekom-noc/tokens",
                Api.json(Map.of("label", "test"))).json().path("token").asText();

        String update = Api.json(Map.of("caseReference", "PF-" + ticket, "status", "UPDATE",
                "message", "Technician on the way"));
        for (String refused : List.of("helpdesk", "northwind-portal", "monitoring")) {
            assertThat(api.post(refused, "/api/incidents/" + ticket + "/vendor-updates", update).status())
                    .as(refused).isEqualTo(403);
        }
        Api.Response otherVendor = api.send(null, null, "POST", "/api/incidents/" + ticket + "/vendor-updates",
                update, Map.of("Authorization", "Bearer " + telekomToken));
        assertThat(otherVendor.status()).as(otherVendor.body()).isEqualTo(403);
        assertThat(otherVendor.json().path("detail").asText()).contains("Telekom Business");
        assertThat(vendorCase(ticket).path("lastUpdate").isMissingNode()
                || vendorCase(ticket).path("lastUpdate").isNull()).isTrue();

        Api.Response byVendor = api.post("pacific-fiber", "/api/incidents/" + ticket + "/vendor-updates", update);
        assertThat(byVendor.status()).as(byVendor.body()).isEqualTo(200);
        Api.Response byVendorManagement = api.post("vendor-manager", "/api/incidents/" + ticket + "/vendor-updates",
                Api.json(Map.of("caseReference", "PF-" + ticket, "status", "UPDATE", "message", "Called them")));
        assertThat(byVendorManagement.status()).as(byVendorManagement.body()).isEqualTo(200);
        assertThat(vendorCase(ticket).path("lastUpdate").asText()).isEqualTo("Called them");
    }

    @Test
    void acknowledgementsGoOnlyToTheClientsOwnAddresses() {
        String outsider = "someone-" + UUID.randomUUID() + "@evil.test";
        String colleague = "nina-" + UUID.randomUUID() + "@northwind-dental.test";
        String fromOutside = report("northwind-portal", Reports.northwind().signals(false, 1, false)
                .with("reporter", Map.of("name", "Someone", "email", outsider)));
        String fromInside = report("northwind-portal", Reports.northwind().signals(false, 1, false)
                .with("reporter", Map.of("name", "Nina New", "email", colleague)));

        assertThat(TestMailServer.inbox("abel.stone@northwind-dental.test", fromOutside)).isNotEmpty();
        assertThat(TestMailServer.inbox(outsider, fromOutside)).isEmpty();
        assertThat(timeline(fromOutside)).anySatisfy(line -> {
            assertThat(line.path("type").asText()).isEqualTo("REPORTER_NOT_MAILED");
            assertThat(line.path("detail").asText()).contains(outsider, "northwind-dental.test");
        });

        assertThat(TestMailServer.inbox(colleague, fromInside)).isNotEmpty();
        assertThat(timeline(fromInside)).noneSatisfy(line ->
                assertThat(line.path("type").asText()).isEqualTo("REPORTER_NOT_MAILED"));
    }

    @Test
    void administratorsBindTechnicalAccountsAndRotateTheirTokens() {
        String account = "gateway-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response byDispatcher = api.put("dispatcher", "/api/accounts/" + account,
                Api.json(Map.of("group", "intake", "client", "cobalt")));
        assertThat(byDispatcher.status()).isEqualTo(403);
        assertThat(byDispatcher.header("Content-Type")).startsWith(PROBLEM_JSON);
        assertThat(api.get("auditor", "/api/accounts").status()).isEqualTo(403);

        Api.Response created = api.put("admin", "/api/accounts/" + account,
                Api.json(Map.of("group", "intake", "client", "cobalt")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String first = issue(account);
        assertThat(bearer(first, "POST", "/api/incidents", Reports.forClient("cobalt").json()).status())
                .isEqualTo(201);
        assertThat(bearer(first, "POST", "/api/incidents", Reports.forClient("brandt").json()).status())
                .isEqualTo(403);
        // the account cannot log in with a password, whatever Camunda Admin may have set
        assertThat(api.send(account, Api.PASSWORD, "GET", "/api/incidents", null, Map.of()).status())
                .isEqualTo(401);

        Api.Response rebound = api.put("admin", "/api/accounts/" + account,
                Api.json(Map.of("group", "intake", "client", "brandt")));
        assertThat(rebound.status()).as(rebound.body()).isEqualTo(200);
        assertThat(bearer(first, "POST", "/api/incidents", Reports.forClient("brandt").json()).status())
                .isEqualTo(201);
        assertThat(bearer(first, "POST", "/api/incidents", Reports.forClient("cobalt").json()).status())
                .isEqualTo(403);

        // rotation: a second token works beside the first until the first is revoked
        String second = issue(account);
        JsonNode tokens = api.get("admin", "/api/accounts/" + account).json().path("tokens");
        assertThat(tokens).hasSize(2);
        assertThat(tokens.toString()).doesNotContain(first, second);
        String firstId = tokens.get(0).path("id").asText();
        assertThat(api.send("admin", Api.PASSWORD, "DELETE", "/api/accounts/" + account + "/tokens/" + firstId,
                null, Map.of()).status()).isEqualTo(204);
        Api.Response revoked = bearer(first, "GET", "/api/incidents", null);
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.header("Content-Type")).startsWith(PROBLEM_JSON);
        assertThat(bearer(second, "GET", "/api/incidents", null).status()).isEqualTo(200);
        // integrations that only speak HTTP Basic send the token as the password
        assertThat(api.send(account, second, "GET", "/api/incidents", null, Map.of()).status()).isEqualTo(200);
    }

    // --- helpers

    private String issue(String account) {
        Api.Response issued = api.post("admin", "/api/accounts/" + account + "/tokens",
                Api.json(Map.of("label", "test " + UUID.randomUUID())));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return issued.json().path("token").asText();
    }

    private Api.Response bearer(String token, String method, String path, String body) {
        return api.send(null, null, method, path, body, Map.of("Authorization", "Bearer " + token));
    }

    private String report(String account, Reports report) {
        Api.Response response = api.post(account, "/api/incidents", report.json());
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        String ticket = response.json().path("ticket").asText();
        Jobs.runDue(engine, ticket);
        return ticket;
    }

    /** As Tasklist would: the user is known to the engine, and the variables are the form's. */
    private void completeAs(String user, String group, String ticket, String taskKey, Map<String, Object> variables) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(ticket)
                .taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as(taskKey).isNotNull();
        engine.getIdentityService().setAuthentication(user, List.of(group));
        try {
            engine.getTaskService().complete(task.getId(), variables);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        Jobs.runDue(engine, ticket);
    }

    private List<JsonNode> timeline(String ticket) {
        List<JsonNode> lines = new ArrayList<>();
        api.get("dispatcher", "/api/incidents/" + ticket).json().path("timeline").forEach(lines::add);
        return lines;
    }

    private JsonNode vendorCase(String ticket) {
        return api.get("dispatcher", "/api/incidents/" + ticket).json().path("vendorCases").get(0);
    }

    private static List<String> clientsOf(JsonNode page) {
        List<String> clients = new ArrayList<>();
        page.path("items").forEach(item -> clients.add(item.path("clientId").asText()));
        return clients;
    }
}
