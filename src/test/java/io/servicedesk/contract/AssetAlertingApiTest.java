package io.servicedesk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicedesk.support.Api;
import io.servicedesk.support.ServiceDeskTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who owns an asset's alerts and how monitoring names it, and a contract's alerting terms, through the
 * catalog API: a named owner must be somebody Tasklist can ask, and an identifier names one asset.
 */
@ServiceDeskTest
class AssetAlertingApiTest {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void anAssetNamesItsAlertOwnerTeamAndMonitoringIdentifiers() {
        String id = unique("db");
        Map<String, Object> asset = asset(id, "engineer", "engineering", List.of(id + ".acme.lan:9100", id + ".acme.lan"));

        Api.Response created = api.post("dispatcher", "/api/assets", Api.json(asset));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode read = api.get("dispatcher", "/api/assets/" + id).json();
        assertThat(read.get("alertOwner").asText()).isEqualTo("engineer");
        assertThat(read.get("alertTeam").asText()).isEqualTo("engineering");
        List<String> ids = new ArrayList<>();
        read.get("monitoringIds").forEach(monitoringId -> ids.add(monitoringId.asText()));
        assertThat(ids).containsExactly(id + ".acme.lan", id + ".acme.lan:9100");
    }

    @Test
    void anAlertOwnerWhoIsNoUserIsRefusedNamingTheField() {
        Api.Response response = api.post("dispatcher", "/api/assets", Api.json(asset(unique("pc"), "Abel Stone",
                null, List.of())));

        assertThat(response.status()).isEqualTo(422);
        assertThat(fields(response)).containsExactly("alertOwner");
    }

    @Test
    void anAlertTeamThatIsNoGroupIsRefusedNamingTheField() {
        Api.Response response = api.post("dispatcher", "/api/assets", Api.json(asset(unique("pc"), null,
                "Servers", List.of())));

        assertThat(response.status()).isEqualTo(422);
        assertThat(fields(response)).containsExactly("alertTeam");
    }

    @Test
    void aMonitoringIdentifierOfAnotherAssetIsAConflict() {
        String taken = unique("shared") + ".lan:9100";
        assertThat(api.post("dispatcher", "/api/assets", Api.json(asset(unique("a"), null, null, List.of(taken))))
                .status()).isEqualTo(201);

        Api.Response second = api.post("dispatcher", "/api/assets", Api.json(asset(unique("b"), null, null,
                List.of(taken))));

        assertThat(second.status()).isEqualTo(409);
        assertThat(fields(second)).containsExactly("monitoringIds");
    }

    @Test
    void aContractShowsItsAlertingTermsAndTakesNewOnes() throws Exception {
        JsonNode contract = api.get("dispatcher", "/api/contracts/cobalt-2026").json();
        assertThat(contract.get("alerting").get("acknowledgeMinutes").asInt()).isEqualTo(60);
        assertThat(contract.get("alerting").get("recurrenceCount").asInt()).isEqualTo(3);
        assertThat(contract.get("alerting").get("recurrenceWindowDays").asInt()).isEqualTo(7);
        assertThat(contract.get("alerting").get("reviewBusinessDays").asInt()).isEqualTo(5);

        ObjectNode invalid = (ObjectNode) new ObjectMapper().readTree(contract.toString());
        ((ObjectNode) invalid.get("alerting")).put("recurrenceCount", 1);
        Api.Response refused = api.put("dispatcher", "/api/contracts/cobalt-2026", invalid.toString());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("alerting.recurrenceCount");
    }

    private static Map<String, Object> asset(String id, String alertOwner, String alertTeam, List<String> monitoringIds) {
        Map<String, Object> asset = new LinkedHashMap<>();
        asset.put("id", id);
        asset.put("clientId", "cobalt");
        asset.put("name", "Server " + id);
        asset.put("kind", "server");
        asset.put("criticality", "MEDIUM");
        asset.put("owner", "Rita Cobalt");
        asset.put("maintenanceGroup", "Servers");
        asset.put("inScope", true);
        asset.put("alertOwner", alertOwner);
        asset.put("alertTeam", alertTeam);
        asset.put("monitoringIds", monitoringIds);
        return asset;
    }

    private static List<String> fields(Api.Response response) {
        List<String> fields = new ArrayList<>();
        JsonNode errors = response.json().get("errors");
        if (errors != null) {
            errors.forEach(error -> fields.add(error.get("field").asText()));
        }
        return fields;
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
