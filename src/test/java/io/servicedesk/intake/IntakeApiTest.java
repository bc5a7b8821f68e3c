package io.servicedesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.servicedesk.incident.Incidents;
import io.servicedesk.support.Api;
import io.servicedesk.support.Clock;
import io.servicedesk.support.Jobs;
import io.servicedesk.support.Reports;
import io.servicedesk.support.ServiceDeskTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Reporting an incident over HTTP: what a portal, a mail gateway or a monitoring system sees. */
@ServiceDeskTest
class IntakeApiTest {

    @LocalServerPort
    int port;
    @Autowired
    Incidents incidents;
    @Autowired
    ProcessEngine engine;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        Clock.businessHours();
    }

    @org.junit.jupiter.api.AfterEach
    void tearDown() {
        Clock.reset();
    }

    @Test
    void reportsAnIncidentAndAnswersWithTheTicketAndItsLocation() {
        Api.Response response = api.post("northwind-portal", "/api/incidents", Reports.northwind().signals(true, 3, false)
                .asset("northwind-accounting-db").json());

        assertThat(response.status()).isEqualTo(201);
        String ticket = response.json().get("ticket").asText();
        assertThat(ticket).matches("INC-\\d+");
        assertThat(response.header("Location")).isEqualTo("/api/incidents/" + ticket);
        assertThat(response.json().get("state").asText()).isEqualTo("REPORTED");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(ticket)
                .processDefinitionKey("incident").count()).isEqualTo(1);
    }

    @Test
    void ticketNumbersAreSequential() {
        long first = number(api.post("northwind-portal", "/api/incidents", Reports.northwind().json()));
        long second = number(api.post("northwind-portal", "/api/incidents", Reports.northwind().json()));

        assertThat(second).isGreaterThan(first);
    }

    @Test
    void readsTheIncidentBackWithPriorityOwnerTaskAndTimeline() {
        String ticket = api.post("northwind-portal", "/api/incidents", Reports.northwind().signals(true, 3, false).json())
                .json().get("ticket").asText();
        Jobs.runDue(engine, ticket);

        JsonNode incident = api.get("auditor", "/api/incidents/" + ticket).json();

        assertThat(incident.get("clientId").asText()).isEqualTo("northwind");
        assertThat(incident.get("priority").asText()).isEqualTo("P1");
        assertThat(incident.get("state").asText()).isEqualTo("IN_PROGRESS");
        assertThat(incident.get("accountableOwner").asText()).isEqualTo("dispatcher");
        assertThat(incident.get("workingTeam").asText()).isEqualTo("helpdesk");
        assertThat(incident.get("scopeGap").asBoolean()).isFalse();
        // named as Tasklist shows it: the work, the ticket and the client
        assertThat(incident.get("openTasks").get(0).get("name").asText())
                .isEqualTo("Work incident · " + ticket + " · Northwind Dental");
        assertThat(incident.get("openTasks").get(0).get("candidateGroup").asText()).isEqualTo("helpdesk");
        List<String> types = new ArrayList<>();
        incident.get("timeline").forEach(line -> types.add(line.get("type").asText()));
        assertThat(types).containsSubsequence("REPORTED", "TRIAGED", "OWNER_ASSIGNED", "TASK_OPENED");
        assertThat(incident.get("timeline").get(0).get("actor").asText()).isEqualTo("northwind-portal");
    }

    @Test
    void anUnknownTicketIsNotFound() {
        Api.Response response = api.get("auditor", "/api/incidents/INC-999999999");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.get("auditor", "/api/incidents/not-a-ticket").status()).isEqualTo(404);
    }

    @Test
    void listsIncidentsFilteredByClientStateAndPriorityAPageAtATime() {
        String externalRef = "list-" + UUID.randomUUID();
        String p4 = api.post("cobalt-portal", "/api/incidents", Reports.forClient("cobalt").signals(false, 0, false)
                .with("externalRef", externalRef).json()).json().get("ticket").asText();
        Jobs.runDue(engine, p4);

        JsonNode page = api.get("auditor", "/api/incidents?client=cobalt&state=IN_PROGRESS&priority=P4&size=1")
                .json();

        assertThat(page.get("size").asInt()).isEqualTo(1);
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("totalItems").asLong()).isGreaterThanOrEqualTo(1);
        page.get("items").forEach(item -> {
            assertThat(item.get("clientId").asText()).isEqualTo("cobalt");
            assertThat(item.get("priority").asText()).isEqualTo("P4");
        });
        JsonNode none = api.get("auditor", "/api/incidents?client=cobalt&priority=P1&state=CLOSED").json();
        assertThat(none.get("items")).isEmpty();
        Api.Response wrongState = api.get("auditor", "/api/incidents?state=SLEEPING");
        assertThat(wrongState.status()).isEqualTo(400);
        assertThat(fields(wrongState)).containsExactly("state");
        assertThat(api.get("auditor", "/api/incidents?size=0").status()).isEqualTo(400);
    }

    // --- bad input: a clear 4xx naming the field, and nothing created

    @Test
    void aMissingSummaryIsRefusedNamingTheField() {
        assertRefused(Reports.northwind().without("summary").json(), 400, "summary");
    }

    @Test
    void aMissingReporterEmailIsRefusedNamingTheField() {
        assertRefused(Reports.northwind().with("reporter", Map.of("name", "Abel")).json(), 400, "reporter.email");
    }

    @Test
    void anInvalidReporterEmailIsRefused() {
        assertRefused(Reports.northwind().with("reporter", Map.of("name", "Abel", "email", "not-an-address"))
                .json(), 400, "reporter.email");
    }

    @Test
    void aMissingChannelIsRefused() {
        assertRefused(Reports.northwind().without("channel").json(), 400, "channel");
    }

    @Test
    void anUnknownChannelIsRefusedWithTheAllowedValues() {
        Api.Response response = assertRefused(Reports.northwind().with("channel", "FAX").json(), 400, "channel");
        assertThat(response.json().get("detail").asText()).contains("PORTAL", "MONITORING");
    }

    @Test
    void negativeBlockedUsersAreRefused() {
        assertRefused(Reports.northwind().signals(false, -1, false).json(), 400, "usersBlocked");
    }

    @Test
    void anOversizedSummaryIsRefused() {
        assertRefused(Reports.northwind().with("summary", "x".repeat(201)).json(), 400, "summary");
    }

    @Test
    void anOversizedDescriptionIsRefused() {
        assertRefused(Reports.northwind().with("description", "x".repeat(10_001)).json(), 400, "description");
    }

    @Test
    void aMistypedFieldIsRefusedByName() {
        assertRefused(Reports.northwind().with("sumary", "typo").json(), 400, "sumary");
    }

    @Test
    void anUnknownClientIsRefusedNamingClientId() {
        assertRefused(Reports.forClient("no-such-client").json(), 422, "clientId");
    }

    @Test
    void anAssetOfAnotherClientIsRefusedNamingAssetId() {
        assertRefused(Reports.northwind().asset("brandt-wms").json(), 422, "assetId");
    }

    @Test
    void anOverlongIdempotencyKeyIsRefused() {
        long before = incidents.count();
        Api.Response response = api.post("northwind-portal", "/api/incidents", Reports.northwind().json(),
                Map.of("Idempotency-Key", "k".repeat(201)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("Idempotency-Key");
        assertThat(incidents.count()).isEqualTo(before);
    }

    @Test
    void malformedJsonIsRefused() {
        long before = incidents.count();
        Api.Response response = api.post("northwind-portal", "/api/incidents", "{\"clientId\": \"northwind\", ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("title").asText()).isEqualTo("Malformed JSON");
        assertThat(incidents.count()).isEqualTo(before);
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() {
        long before = incidents.count();
        Api.Response response = api.post("northwind-portal", "/api/incidents",
                Reports.northwind().with("description", "x".repeat(300_000)).json());

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(incidents.count()).isEqualTo(before);
    }

    @Test
    void anAssetOutsideTheContractIsAcceptedAsAScopeGap() {
        Api.Response response = api.post("northwind-portal", "/api/incidents", Reports.northwind()
                .asset("northwind-rds-host").json());

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("scopeGap").asBoolean()).isTrue();
    }

    // --- retries

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheSameTicket() {
        String key = UUID.randomUUID().toString();
        String body = Reports.northwind().json();

        Api.Response first = api.post("northwind-portal", "/api/incidents", body, Map.of("Idempotency-Key", key));
        Api.Response retry = api.post("northwind-portal", "/api/incidents", body, Map.of("Idempotency-Key", key));

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(ticket(retry)).isEqualTo(ticket(first));
        assertThat(processInstances(ticket(first))).isEqualTo(1);
    }

    @Test
    void aRetryWithTheSameExternalRefReturnsTheSameTicket() {
        String externalRef = "alertmanager-" + UUID.randomUUID();

        Api.Response first = api.post("northwind-portal", "/api/incidents",
                Reports.northwind().with("externalRef", externalRef).json());
        Api.Response retry = api.post("northwind-portal", "/api/incidents",
                Reports.northwind().with("externalRef", externalRef).with("summary", "Still down").json());

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(ticket(retry)).isEqualTo(ticket(first));
    }

    @Test
    void theSameExternalRefForAnotherClientIsAnotherIncident() {
        String externalRef = "shared-" + UUID.randomUUID();

        Api.Response northwind = api.post("northwind-portal", "/api/incidents",
                Reports.northwind().with("externalRef", externalRef).json());
        Api.Response cobalt = api.post("cobalt-portal", "/api/incidents",
                Reports.forClient("cobalt").with("externalRef", externalRef).json());

        assertThat(cobalt.status()).isEqualTo(201);
        assertThat(ticket(cobalt)).isNotEqualTo(ticket(northwind));
    }

    @Test
    void anIdempotencyKeyReusedForADifferentReportIsAConflict() {
        String key = UUID.randomUUID().toString();
        String ticket = ticket(api.post("northwind-portal", "/api/incidents", Reports.northwind().json(),
                Map.of("Idempotency-Key", key)));

        Api.Response reuse = api.post("northwind-portal", "/api/incidents",
                Reports.northwind().with("summary", "Something else entirely").json(), Map.of("Idempotency-Key", key));

        assertThat(reuse.status()).isEqualTo(409);
        assertThat(fields(reuse)).containsExactly("Idempotency-Key");
        assertThat(reuse.json().get("detail").asText()).contains(ticket);
    }

    @Test
    void concurrentRetriesWithTheSameKeyMakeOneIncident() throws Exception {
        assertConcurrentRetriesMakeOneIncident(Map.of("Idempotency-Key", UUID.randomUUID().toString()),
                Reports.northwind().json());
    }

    @Test
    void concurrentRetriesWithTheSameExternalRefMakeOneIncident() throws Exception {
        assertConcurrentRetriesMakeOneIncident(Map.of(),
                Reports.northwind().with("externalRef", "ext-" + UUID.randomUUID()).json());
    }

    private void assertConcurrentRetriesMakeOneIncident(Map<String, String> headers, String body) throws Exception {
        int attempts = 8;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Api.Response>> responses = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                responses.add(pool.submit(() -> {
                    start.await();
                    return api.post("northwind-portal", "/api/incidents", body, headers);
                }));
            }
            start.countDown();
            Set<String> tickets = new HashSet<>();
            int created = 0;
            for (Future<Api.Response> future : responses) {
                Api.Response response = future.get(60, TimeUnit.SECONDS);
                assertThat(response.status()).as(response.body()).isIn(200, 201);
                created += response.status() == 201 ? 1 : 0;
                tickets.add(ticket(response));
            }
            assertThat(tickets).hasSize(1);
            assertThat(created).isEqualTo(1);
            assertThat(processInstances(tickets.iterator().next())).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private Api.Response assertRefused(String body, int status, String field) {
        long before = incidents.count();
        Api.Response response = api.post("monitoring", "/api/incidents", body);

        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fields(response)).contains(field);
        assertThat(incidents.count()).as("nothing created").isEqualTo(before);
        return response;
    }

    private static List<String> fields(Api.Response response) {
        List<String> fields = new ArrayList<>();
        JsonNode errors = response.json().get("errors");
        if (errors != null) {
            errors.forEach(error -> fields.add(error.get("field").asText()));
        }
        return fields;
    }

    private long processInstances(String ticket) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(ticket)
                .count();
    }

    private static String ticket(Api.Response response) {
        return response.json().get("ticket").asText();
    }

    private static long number(Api.Response response) {
        return Long.parseLong(ticket(response).substring("INC-".length()));
    }
}
