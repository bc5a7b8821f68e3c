package io.servicedesk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.servicedesk.support.Api;
import io.servicedesk.support.ServiceDeskTest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Clients, contracts and assets through the real HTTP API, as a dispatcher's script would use it. The
 * context (and its H2 database) is shared with other test classes: every test makes its own ids.
 */
@ServiceDeskTest
class ContractApiTest {

    private static final String DISPATCHER = "dispatcher";
    private static final String PROBLEM_JSON = "application/problem+json";

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    // --- clients

    @Test
    void dispatcherCreatesAClientAndReadsItBackAndFindsItInTheList() {
        String id = unique("acme");

        Api.Response created = api.post(DISPATCHER, "/api/clients", Api.json(client(id, "Acme Dental", null)));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/clients/" + id);
        JsonNode body = created.json();
        assertThat(body.path("id").asText()).isEqualTo(id);
        assertThat(body.path("name").asText()).isEqualTo("Acme Dental");
        assertThat(body.path("contacts")).hasSize(1);
        assertThat(body.path("contacts").get(0).path("name").asText()).isEqualTo("Ann Acme");
        assertThat(body.path("contacts").get(0).path("email").asText()).isEqualTo("ann@" + id + ".test");
        assertThat(body.path("version").isIntegralNumber()).as(body.toString()).isTrue();

        Api.Response read = api.get(DISPATCHER, "/api/clients/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("id").asText()).isEqualTo(id);
        assertThat(read.json().path("name").asText()).isEqualTo("Acme Dental");
        assertThat(read.json().path("contacts").get(0).path("email").asText()).isEqualTo("ann@" + id + ".test");
        assertThat(read.json().path("version").asLong()).isEqualTo(body.path("version").asLong());

        Api.Response list = api.get(DISPATCHER, "/api/clients");
        assertThat(list.status()).isEqualTo(200);
        assertThat(ids(list.json())).contains(id, "northwind");
    }

    @Test
    void updateWithTheCurrentVersionIncrementsItAndAStaleVersionIsAConflictOnVersion() {
        String id = unique("update");
        long version = api.post(DISPATCHER, "/api/clients", Api.json(client(id, "Before", null)))
                .json().path("version").asLong();

        Api.Response updated = api.put(DISPATCHER, "/api/clients/" + id, Api.json(client(id, "After", version)));

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().path("name").asText()).isEqualTo("After");
        assertThat(updated.json().path("version").asLong()).isEqualTo(version + 1);
        assertThat(api.get(DISPATCHER, "/api/clients/" + id).json().path("name").asText()).isEqualTo("After");

        Api.Response stale = api.put(DISPATCHER, "/api/clients/" + id, Api.json(client(id, "Lost update", version)));

        assertProblem(stale, 409, "version");
        JsonNode afterConflict = api.get(DISPATCHER, "/api/clients/" + id).json();
        assertThat(afterConflict.path("name").asText()).isEqualTo("After");
        assertThat(afterConflict.path("version").asLong()).isEqualTo(version + 1);
    }

    @Test
    void anUpdateWithoutTheVersionReadIsRefusedSoNoChangeIsSilentlyOverwritten() {
        String id = unique("noversion");
        api.post(DISPATCHER, "/api/clients", Api.json(client(id, "Before", null)));

        Api.Response blind = api.put(DISPATCHER, "/api/clients/" + id, Api.json(client(id, "Blind write", null)));

        assertProblem(blind, 400, "version");
        assertThat(api.get(DISPATCHER, "/api/clients/" + id).json().path("name").asText()).isEqualTo("Before");
    }

    @Test
    void aContactListedTwiceIsRefusedNamingContacts() {
        String id = unique("dupcontact");
        Map<String, Object> client = client(id, "Twice", null);
        client.put("contacts", List.of(Map.of("name", "Ann", "email", "ann@twice.test"),
                Map.of("name", "Ann again", "email", "ANN@twice.test")));

        Api.Response response = api.post(DISPATCHER, "/api/clients", Api.json(client));

        assertProblem(response, 400, "contacts");
        assertThat(api.get(DISPATCHER, "/api/clients/" + id).status()).isEqualTo(404);
    }

    @Test
    void creatingAClientWhoseIdExistsIsAConflictAndKeepsTheFirst() {
        String id = unique("twice");
        assertThat(api.post(DISPATCHER, "/api/clients", Api.json(client(id, "First", null))).status())
                .isEqualTo(201);

        Api.Response again = api.post(DISPATCHER, "/api/clients", Api.json(client(id, "Second", null)));

        assertProblem(again, 409, "id");
        assertThat(api.get(DISPATCHER, "/api/clients/" + id).json().path("name").asText()).isEqualTo("First");
    }

    // --- contracts

    @Test
    void dispatcherCreatesAContractWithHoursHolidaysTargetsVendorsAndScopesAndOmittedTermsTakeTheDefaults() {
        String clientId = newClient();
        String id = unique("contract");
        Map<String, Object> contract = contract(id, clientId);

        Api.Response created = api.post(DISPATCHER, "/api/contracts", Api.json(contract));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/contracts/" + id);
        assertThat(created.json().path("version").isIntegralNumber()).isTrue();

        Api.Response read = api.get(DISPATCHER, "/api/contracts/" + id);
        assertThat(read.status()).isEqualTo(200);
        JsonNode body = read.json();
        assertThat(body.path("id").asText()).isEqualTo(id);
        assertThat(body.path("clientId").asText()).isEqualTo(clientId);
        assertThat(body.path("name").asText()).isEqualTo("Managed IT 2026");
        assertThat(body.path("timeZone").asText()).isEqualTo("Europe/Vienna");
        assertThat(body.path("defaultOwner").asText()).isEqualTo("dispatcher");
        // documented defaults for what the request left out
        assertThat(body.path("afterHoursCoverage").asText()).isEqualTo("P1_ONLY");
        assertThat(body.path("acknowledgeTimeoutMinutes").asInt()).isEqualTo(15);
        assertThat(body.path("onCallGroup").asText()).isEqualTo("on-call");
        assertThat(body.path("backupOnCallGroup").asText()).isEqualTo("engineering");
        assertThat(body.path("dutyManagerGroup").asText()).isEqualTo("duty-manager");
        assertThat(body.path("confirmationBusinessDays").asInt()).isEqualTo(3);
        assertThat(body.path("acknowledgementTargetMinutes").asInt()).isEqualTo(15);
        assertThat(body.path("vendorChasesBeforeEscalation").asInt()).isEqualTo(2);
        assertThat(LocalDate.parse(body.path("validFrom").asText()))
                .isBetween(LocalDate.now().minusDays(1), LocalDate.now().plusDays(1));
        assertThat(body.has("validTo")).isFalse();
        // scoped services: the ones not named are not offered
        assertThat(body.path("scopedServices").path("FIELD_DISPATCH").asText()).isEqualTo("INCLUDED");
        assertThat(body.path("scopedServices").path("SOC").asText()).isEqualTo("SEPARATELY_SCOPED");
        assertThat(body.path("scopedServices").path("PARTNER_SUPPORT").asText()).isEqualTo("NOT_OFFERED");
        // hours, sorted by day and opening time
        JsonNode hours = body.path("supportHours");
        assertThat(hours).hasSize(6);
        assertThat(hours.get(0).path("day").asText()).isEqualTo("MONDAY");
        assertThat(LocalTime.parse(hours.get(0).path("opens").asText())).isEqualTo(LocalTime.of(8, 0));
        assertThat(LocalTime.parse(hours.get(0).path("closes").asText())).isEqualTo(LocalTime.of(17, 0));
        assertThat(hours.get(5).path("day").asText()).isEqualTo("SATURDAY");
        assertThat(LocalTime.parse(hours.get(5).path("opens").asText())).isEqualTo(LocalTime.of(18, 0));
        assertThat(LocalTime.parse(hours.get(5).path("closes").asText())).isEqualTo(LocalTime.MIDNIGHT);
        // holidays
        assertThat(body.path("holidays")).hasSize(2);
        assertThat(body.path("holidays").get(0).path("date").asText()).isEqualTo("2026-12-25");
        assertThat(body.path("holidays").get(0).path("name").asText()).isEqualTo("Christmas Day");
        assertThat(body.path("holidays").get(1).path("date").asText()).isEqualTo("2026-12-26");
        // a target per priority; P4 without timed updates
        JsonNode targets = body.path("targets");
        assertThat(targets.path("P1").path("responseMinutes").asInt()).isEqualTo(15);
        assertThat(targets.path("P1").path("updateCadenceMinutes").asInt()).isEqualTo(30);
        assertThat(targets.path("P1").path("resolutionMinutes").asInt()).isEqualTo(240);
        assertThat(targets.path("P1").path("handoffMinutes").asInt()).isEqualTo(30);
        assertThat(targets.path("P2").path("responseMinutes").asInt()).isEqualTo(60);
        assertThat(targets.path("P3").path("responseMinutes").asInt()).isEqualTo(240);
        assertThat(targets.path("P4").path("responseMinutes").asInt()).isEqualTo(480);
        assertThat(targets.path("P4").path("updateCadenceMinutes").isMissingNode()
                || targets.path("P4").path("updateCadenceMinutes").isNull()).isTrue();
        // vendors, one per kind
        JsonNode vendors = body.path("vendors");
        assertThat(vendors).hasSize(2);
        assertThat(vendors.get(0).path("kind").asText()).isEqualTo("ISP");
        assertThat(vendors.get(0).path("name").asText()).isEqualTo("Alpine Fiber");
        assertThat(vendors.get(0).path("email").asText()).isEqualTo("noc@alpine-fiber.test");
        assertThat(vendors.get(0).path("responseTargetMinutes").asInt()).isEqualTo(60);
        assertThat(vendors.get(1).path("kind").asText()).isEqualTo("CLOUD");

        Api.Response list = api.get(DISPATCHER, "/api/contracts?client=" + clientId);
        assertThat(list.status()).isEqualTo(200);
        assertThat(ids(list.json())).containsExactly(id);
    }

    @Test
    void theEscalationSettingsAreKeptAndChanged() {
        String clientId = newClient();
        String id = unique("escalation");
        Map<String, Object> contract = contract(id, clientId);
        contract.put("acknowledgementTargetMinutes", 20);
        contract.put("vendorChasesBeforeEscalation", 3);

        Api.Response created = api.post(DISPATCHER, "/api/contracts", Api.json(contract));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("acknowledgementTargetMinutes").asInt()).isEqualTo(20);
        assertThat(created.json().path("vendorChasesBeforeEscalation").asInt()).isEqualTo(3);
        contract.put("acknowledgementTargetMinutes", 45);
        contract.put("version", created.json().path("version").asLong());
        Api.Response changed = api.put(DISPATCHER, "/api/contracts/" + id, Api.json(contract));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(api.get(DISPATCHER, "/api/contracts/" + id).json().path("acknowledgementTargetMinutes").asInt())
                .isEqualTo(45);
    }

    @Test
    void anAcknowledgementTargetOfZeroIsRejectedOnThatField() {
        assertContractRejected(contract -> contract.put("acknowledgementTargetMinutes", 0),
                "acknowledgementTargetMinutes");
    }

    @Test
    void escalatingAVendorBeforeAnyChaseIsRejectedOnThatField() {
        assertContractRejected(contract -> contract.put("vendorChasesBeforeEscalation", 0),
                "vendorChasesBeforeEscalation");
    }

    @Test
    void aResolutionTargetOfZeroIsRejectedOnThatPriority() {
        assertContractRejected(contract -> {
            Map<String, Object> targets = new LinkedHashMap<>(targets());
            targets.put("P1", target(15, 30, 0, 30));
            contract.put("targets", targets);
        }, "targets[P1].resolutionMinutes");
    }

    @Test
    void anUnknownTimeZoneIsRejectedOnTimeZone() {
        assertContractRejected(contract -> contract.put("timeZone", "Mars/Olympus_Mons"), "timeZone");
    }

    @Test
    void aMissingTargetForP4IsRejectedOnTargetsP4() {
        assertContractRejected(contract -> {
            Map<String, Object> targets = new LinkedHashMap<>(targets());
            targets.remove("P4");
            contract.put("targets", targets);
        }, "targets.P4");
    }

    @Test
    void closingBeforeOpeningIsRejectedOnSupportHours() {
        assertContractRejected(contract -> contract.put("supportHours",
                List.of(hours("MONDAY", "17:00", "08:00"))), "supportHours");
    }

    @Test
    void twoVendorsOfTheSameKindAreRejectedOnVendors() {
        assertContractRejected(contract -> contract.put("vendors", List.of(
                vendor("ISP", "Alpine Fiber", "noc@alpine-fiber.test"),
                vendor("ISP", "Backup Fiber", "noc@backup-fiber.test"))), "vendors");
    }

    @Test
    void anIdThatDoesNotMatchThePatternIsRejectedOnId() {
        String clientId = newClient();
        Map<String, Object> contract = contract("Not An Id!", clientId);

        Api.Response response = api.post(DISPATCHER, "/api/contracts", Api.json(contract));

        assertProblem(response, 400, "id");
        Api.Response client = api.post(DISPATCHER, "/api/clients", Api.json(client("X", "Upper case", null)));
        assertProblem(client, 400, "id");
        assertThat(api.get(DISPATCHER, "/api/clients/X").status()).isEqualTo(404);
    }

    @Test
    void aBlankNameIsRejectedOnName() {
        assertContractRejected(contract -> contract.put("name", "  "), "name");

        String clientId = unique("blank");
        Api.Response client = api.post(DISPATCHER, "/api/clients", Api.json(client(clientId, "", null)));
        assertProblem(client, 400, "name");
        assertThat(api.get(DISPATCHER, "/api/clients/" + clientId).status()).isEqualTo(404);
    }

    @Test
    void aValueOutsideTheEnumIsRejectedOnThatField() {
        assertContractRejected(contract -> contract.put("afterHoursCoverage", "SOMETIMES"), "afterHoursCoverage");
    }

    @Test
    void malformedJsonIsABadRequestAsProblemJson() {
        Api.Response response = api.post(DISPATCHER, "/api/contracts", "{\"id\": \"broken\", \"name\": ");

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith(PROBLEM_JSON);
        assertThat(response.json().path("status").asInt()).isEqualTo(400);

        Api.Response client = api.post(DISPATCHER, "/api/clients", "not json at all");
        assertThat(client.status()).as(client.body()).isEqualTo(400);
        assertThat(client.header("Content-Type")).startsWith(PROBLEM_JSON);
    }

    @Test
    void aContractForAnUnknownClientIsAnUnknownReferenceOnClientIdAndCreatesNothing() {
        String id = unique("orphan");
        Map<String, Object> contract = contract(id, unique("nobody"));

        Api.Response response = api.post(DISPATCHER, "/api/contracts", Api.json(contract));

        assertProblem(response, 422, "clientId");
        Api.Response read = api.get(DISPATCHER, "/api/contracts/" + id);
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.header("Content-Type")).startsWith(PROBLEM_JSON);
    }

    // --- assets

    @Test
    void anAssetIsCreatedListedByItsClientAndUpdated() {
        String clientId = newClient();
        String otherClientId = newClient();
        String id = unique("server");
        String otherId = unique("other");

        Api.Response created = api.post(DISPATCHER, "/api/assets", Api.json(asset(id, clientId, "File server", null)));
        assertThat(api.post(DISPATCHER, "/api/assets", Api.json(asset(otherId, otherClientId, "Other", null)))
                .status()).isEqualTo(201);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/assets/" + id);
        JsonNode body = created.json();
        assertThat(body.path("clientId").asText()).isEqualTo(clientId);
        assertThat(body.path("name").asText()).isEqualTo("File server");
        assertThat(body.path("criticality").asText()).isEqualTo("HIGH");
        assertThat(body.path("inScope").asBoolean()).isTrue();
        long version = body.path("version").asLong();

        Api.Response listed = api.get(DISPATCHER, "/api/assets?client=" + clientId);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(ids(listed.json())).containsExactly(id);

        Map<String, Object> change = asset(id, clientId, "File server (replaced)", version);
        change.put("criticality", "MEDIUM");
        change.put("inScope", false);
        Api.Response updated = api.put(DISPATCHER, "/api/assets/" + id, Api.json(change));

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().path("version").asLong()).isEqualTo(version + 1);
        JsonNode read = api.get(DISPATCHER, "/api/assets/" + id).json();
        assertThat(read.path("name").asText()).isEqualTo("File server (replaced)");
        assertThat(read.path("criticality").asText()).isEqualTo("MEDIUM");
        assertThat(read.path("inScope").asBoolean()).isFalse();
    }

    // --- paths and ids

    @Test
    void aPutWhoseBodyIdDiffersFromThePathIsRejectedOnId() {
        String clientId = newClient();
        String otherId = unique("other");

        Api.Response client = api.put(DISPATCHER, "/api/clients/" + clientId,
                Api.json(client(otherId, "Renamed", 0L)));
        assertProblem(client, 400, "id");
        assertThat(api.get(DISPATCHER, "/api/clients/" + otherId).status()).isEqualTo(404);

        String contractId = unique("contract");
        assertThat(api.post(DISPATCHER, "/api/contracts", Api.json(contract(contractId, clientId))).status())
                .isEqualTo(201);
        assertProblem(api.put(DISPATCHER, "/api/contracts/" + contractId, Api.json(contract(otherId, clientId))),
                400, "id");

        String assetId = unique("asset");
        assertThat(api.post(DISPATCHER, "/api/assets", Api.json(asset(assetId, clientId, "PC", null))).status())
                .isEqualTo(201);
        assertProblem(api.put(DISPATCHER, "/api/assets/" + assetId, Api.json(asset(otherId, clientId, "PC", 0L))),
                400, "id");
    }

    @Test
    void getOfAnUnknownIdIsNotFoundAsProblemJson() {
        String id = unique("missing");
        for (String path : List.of("/api/clients/", "/api/contracts/", "/api/assets/")) {
            Api.Response response = api.get(DISPATCHER, path + id);

            assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(404);
            assertThat(response.header("Content-Type")).startsWith(PROBLEM_JSON);
            assertThat(response.json().path("status").asInt()).isEqualTo(404);
            assertThat(response.json().path("detail").asText()).contains(id);
        }
    }

    // --- helpers

    /** Posts an otherwise valid contract with one change, expects 400 on the field and nothing created. */
    private void assertContractRejected(Consumer<Map<String, Object>> change, String field) {
        String clientId = newClient();
        String id = unique("invalid");
        Map<String, Object> contract = contract(id, clientId);
        change.accept(contract);

        Api.Response response = api.post(DISPATCHER, "/api/contracts", Api.json(contract));

        assertProblem(response, 400, field);
        assertThat(api.get(DISPATCHER, "/api/contracts/" + id).status()).isEqualTo(404);
    }

    private static void assertProblem(Api.Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(response.body()).startsWith(PROBLEM_JSON);
        JsonNode problem = response.json();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.path("field").asText()));
        assertThat(fields).as(response.body()).contains(field);
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String newClient() {
        String id = unique("client");
        Api.Response created = api.post(DISPATCHER, "/api/clients", Api.json(client(id, "Client " + id, null)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return id;
    }

    private static Map<String, Object> client(String id, String name, Long version) {
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("id", id);
        client.put("name", name);
        client.put("contacts", List.of(Map.of("name", "Ann Acme", "email", "ann@" + id.toLowerCase() + ".test")));
        if (version != null) {
            client.put("version", version);
        }
        return client;
    }

    /** A complete contract except for the terms that have defaults. */
    private static Map<String, Object> contract(String id, String clientId) {
        Map<String, Object> contract = new LinkedHashMap<>();
        contract.put("id", id);
        contract.put("clientId", clientId);
        contract.put("name", "Managed IT 2026");
        contract.put("timeZone", "Europe/Vienna");
        contract.put("defaultOwner", "dispatcher");
        contract.put("scopedServices", Map.of("FIELD_DISPATCH", "INCLUDED", "SOC", "SEPARATELY_SCOPED"));
        List<Map<String, Object>> hours = new ArrayList<>();
        for (String day : List.of("FRIDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY")) {
            hours.add(hours(day, "08:00", "17:00"));
        }
        hours.add(hours("SATURDAY", "18:00", "00:00"));
        contract.put("supportHours", hours);
        contract.put("holidays", List.of(
                Map.of("date", "2026-12-26", "name", "St. Stephen's Day"),
                Map.of("date", "2026-12-25", "name", "Christmas Day")));
        contract.put("targets", targets());
        contract.put("vendors", List.of(
                vendor("CLOUD", "Vienna Cloud", "support@vienna-cloud.test"),
                vendor("ISP", "Alpine Fiber", "noc@alpine-fiber.test")));
        return contract;
    }

    private static Map<String, Object> hours(String day, String opens, String closes) {
        return Map.of("day", day, "opens", opens, "closes", closes);
    }

    private static Map<String, Object> targets() {
        Map<String, Object> targets = new LinkedHashMap<>();
        targets.put("P1", target(15, 30, 240, 30));
        targets.put("P2", target(60, 120, 480, 120));
        targets.put("P3", target(240, 540, 1440, 480));
        targets.put("P4", target(480, null, 4800, 960));
        return targets;
    }

    private static Map<String, Object> target(int response, Integer updateCadence, int resolution, int handoff) {
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("responseMinutes", response);
        if (updateCadence != null) {
            target.put("updateCadenceMinutes", updateCadence);
        }
        target.put("resolutionMinutes", resolution);
        target.put("handoffMinutes", handoff);
        return target;
    }

    private static Map<String, Object> vendor(String kind, String name, String email) {
        return Map.of("kind", kind, "name", name, "email", email, "responseTargetMinutes", 60);
    }

    private static Map<String, Object> asset(String id, String clientId, String name, Long version) {
        Map<String, Object> asset = new LinkedHashMap<>();
        asset.put("id", id);
        asset.put("clientId", clientId);
        asset.put("name", name);
        asset.put("kind", "server");
        asset.put("criticality", "HIGH");
        asset.put("owner", "Ann Acme");
        asset.put("maintenanceGroup", "Servers");
        asset.put("inScope", true);
        if (version != null) {
            asset.put("version", version);
        }
        return asset;
    }
}
