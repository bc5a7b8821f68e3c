package io.servicedesk.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicedesk.incident.Incident;
import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.incident.IncidentState;
import io.servicedesk.incident.Incidents;
import io.servicedesk.contract.Priority;
import io.servicedesk.incident.Channel;
import io.servicedesk.support.Api;
import io.servicedesk.support.Clock;
import io.servicedesk.support.Jobs;
import io.servicedesk.support.ServiceDeskTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Alertmanager's webhook over real HTTP: what it is answered (and so whether it retries), and what is
 * recorded: every firing once, re-sends extending the same alert, clearings noted and never closing an
 * incident somebody works, bad payloads refused by field, faults answered 503.
 */
@ServiceDeskTest
class AlertmanagerWebhookTest {

    static final String WEBHOOK = "/api/alerts/alertmanager";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Alerts alerts;
    @Autowired
    AlertOccurrences occurrences;
    @Autowired
    Incidents incidents;
    @Autowired
    IncidentRegister register;

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
    void aCriticalAlertOnAHighCriticalityAssetBecomesAP1IncidentWithItsOwnerNamed() {
        Notifications.Alert down = Notifications.alert(Notifications.unique("AccountingDbDown")).severity("critical")
                .asset("northwind-accounting-db").summary("Accounting database does not answer");

        Api.Response response = post(Notifications.message(down));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("alerts").get(0).get("outcome").asText()).isEqualTo("NEW");
        Alert alert = only(down);
        assertThat(alert.getRoute()).isEqualTo(AlertRoute.INCIDENT);
        assertThat(alert.getOwner()).isEqualTo("engineer");
        assertThat(alert.getOwnerReason()).contains("alert owner of asset northwind-accounting-db");

        Incident incident = raise(alert);
        assertThat(incident.getChannel()).isEqualTo(Channel.MONITORING);
        assertThat(incident.getAssetId()).isEqualTo("northwind-accounting-db");
        assertThat(incident.getCriticalOperationsDown()).isTrue();
        assertThat(incident.getExternalRef()).isEqualTo(alert.reference());
        assertThat(incident.getPriority()).isEqualTo(Priority.P1);
        assertThat(incident.getAccountableOwner()).isNotBlank();
        assertThat(register.timeline(incident)).anySatisfy(line -> {
            assertThat(line.getType()).isEqualTo("MONITORING");
            assertThat(line.getDetail()).contains(alert.reference(), "alert owner engineer");
        });
    }

    @Test
    void reSentAlertsExtendTheAlertAndNeverMakeASecondIncident() {
        Notifications.Alert down = Notifications.alert(Notifications.unique("WmsDown")).severity("critical")
                .asset("brandt-wms");
        post(Notifications.message(down));
        Incident incident = raise(only(down));

        // repeat_interval, and the HA peer sending the same notification
        Api.Response repeat = post(Notifications.message(down));
        post(Notifications.message(down));
        // it cleared, then fired again while the incident is still being worked
        post(Notifications.message(down.resolvedAt(down.startsAt.plusSeconds(600))));
        Notifications.Alert again = down.startsAt(down.startsAt.plusSeconds(3600));
        Api.Response firedAgain = post(Notifications.message(again));
        AlertJobs.runDue(engine);

        assertThat(repeat.json().get("alerts").get(0).get("outcome").asText()).isEqualTo("REPEAT");
        assertThat(firedAgain.json().get("alerts").get(0).get("outcome").asText()).isEqualTo("FIRED_AGAIN");
        Alert alert = only(down);
        assertThat(alert.getOccurrences()).isEqualTo(2);
        assertThat(alert.getNotifications()).isEqualTo(5);
        assertThat(alert.isOpen()).isTrue();
        assertThat(alert.getClearedAt()).isNull();
        assertThat(incidents.findAll()).filteredOn(found -> alert.reference().equals(found.getExternalRef())).hasSize(1);
        assertThat(register.timeline(register.get(incident.ticket()))).extracting(line -> line.getDetail())
                .anyMatch(detail -> detail.contains("fired again"));
    }

    @Test
    void aResolvedAlertIsNotedOnTheIncidentAndNeverClosesIt() {
        Notifications.Alert down = Notifications.alert(Notifications.unique("WmsDown")).severity("critical")
                .asset("brandt-wms");
        post(Notifications.message(down));
        Incident raised = raise(only(down));
        IncidentState before = register.get(raised.ticket()).getState();

        Instant clearedAt = down.startsAt.plusSeconds(900);
        Api.Response resolved = post(Notifications.message(down.resolvedAt(clearedAt)));
        Api.Response resentResolved = post(Notifications.message(down.resolvedAt(clearedAt)));
        Jobs.runDue(engine, raised.ticket());

        assertThat(resolved.json().get("alerts").get(0).get("outcome").asText()).isEqualTo("CLEARED");
        assertThat(resentResolved.json().get("alerts").get(0).get("outcome").asText()).isEqualTo("REPEAT");
        Incident incident = register.get(raised.ticket());
        assertThat(incident.getState()).isEqualTo(before).isNotIn(IncidentState.RESOLVED, IncidentState.CLOSED);
        assertThat(register.timeline(incident)).filteredOn(line -> line.getType().equals("MONITORING"))
                .filteredOn(line -> line.getDetail().contains("cleared at " + clearedAt)).hasSize(1);
        Alert alert = only(down);
        assertThat(alert.getClearedAt()).isEqualTo(clearedAt);
        assertThat(alert.isOpen()).as("open as long as its incident").isTrue();
    }

    @Test
    void onceItsIncidentIsResolvedTheSameFingerprintFiringAgainIsANewAlert() {
        Notifications.Alert down = Notifications.alert(Notifications.unique("WmsDown")).severity("critical")
                .asset("brandt-wms");
        post(Notifications.message(down));
        Incident first = raise(only(down));
        register.resolved(first.ticket(), "helpdesk", "Restarted the WMS application server",
                "The WMS application server hung");

        post(Notifications.message(down.startsAt(down.startsAt.plusSeconds(86_400))));

        List<Alert> found = all(down);
        assertThat(found).hasSize(2);
        assertThat(found.get(0).isOpen()).isFalse();
        assertThat(found.get(1).isOpen()).isTrue();
        Incident second = raise(found.get(1));
        assertThat(second.getNumber()).isNotEqualTo(first.getNumber());
    }

    @Test
    void concurrentDeliveriesOfTheSameAlertRecordItOnce() throws Exception {
        Notifications.Alert disk = Notifications.alert(Notifications.unique("DiskSpaceLow")).severity("warning")
                .asset("northwind-accounting-db");
        String body = Notifications.message(disk);
        int deliveries = 8;
        ExecutorService pool = Executors.newFixedThreadPool(deliveries);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Api.Response>> responses = new ArrayList<>();
            for (int i = 0; i < deliveries; i++) {
                responses.add(pool.submit(() -> {
                    start.await();
                    return post(body);
                }));
            }
            start.countDown();
            for (Future<Api.Response> response : responses) {
                assertThat(response.get(60, TimeUnit.SECONDS).status()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }

        Alert alert = only(disk);
        assertThat(alert.getNotifications()).isEqualTo(deliveries);
        assertThat(alert.getOccurrences()).isEqualTo(1);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(alert.reference())
                .count()).isEqualTo(1);
    }

    // --- what Alertmanager is answered

    @Test
    void aPayloadOfAnotherVersionIsRefusedNamingTheField() {
        String body = Notifications.message(Notifications.alert(Notifications.unique("X"))).replace("\"version\":\"4\"",
                "\"version\":\"3\"");
        assertRefused(body, "version");
    }

    @Test
    void anAlertWithoutAlertnameIsRefusedNamingTheField() {
        String body = Notifications.message(Notifications.alert(Notifications.unique("X")))
                .replaceFirst("\"alertname\":\"[^\"]+\"", "\"job\":\"node\"");
        assertRefused(body, "alerts[0].labels.alertname");
    }

    @Test
    void anAlertWithAnUnknownStatusIsRefusedNamingTheField() {
        String body = Notifications.message(Notifications.alert(Notifications.unique("X")))
                .replace("\"status\":\"firing\",\"labels\"", "\"status\":\"pending\",\"labels\"");
        assertRefused(body, "alerts[0].status");
    }

    @Test
    void fieldsANewerAlertmanagerAddsAreIgnoredNotRefused() {
        Notifications.Alert info = Notifications.alert(Notifications.unique("Backup")).severity("info")
                .asset("cobalt-nas");
        String body = Notifications.message(info).replace("\"version\":\"4\"",
                "\"version\":\"4\",\"notification_reason\":\"repeat\",\"routeLabels\":{\"team\":\"ops\"}");

        assertThat(post(body).status()).isEqualTo(200);
        assertThat(only(info).getRoute()).isEqualTo(AlertRoute.RECORD);
    }

    @Test
    void onlyMonitoringPostsAlerts() {
        String body = Notifications.message(Notifications.alert(Notifications.unique("X")));

        assertThat(api.send(null, null, "POST", WEBHOOK, body, Map.of()).status()).isEqualTo(401);
        // (not the monitoring account with a wrong password: the engine would lock it out for the other tests)
        assertThat(api.send("nobody", "wrong", "POST", WEBHOOK, body, Map.of()).status()).isEqualTo(401);
        assertThat(api.post("northwind-portal", WEBHOOK, body).status()).isEqualTo(403);
        assertThat(api.post("dispatcher", WEBHOOK, body).status()).isEqualTo(403);
    }

    @Test
    void whenTheAlertsCannotBeRecordedAlertmanagerIsToldToRetryAndNothingIsHalfDone() {
        Notifications.Alert disk = Notifications.alert(Notifications.unique("DiskSpaceLow")).severity("warning")
                .asset("northwind-accounting-db");
        ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(AlertReceiver.PROCESS_KEY).latestVersion().singleResult();
        // an operator suspended the alert process in Cockpit: starting it fails
        engine.getRepositoryService().suspendProcessDefinitionById(definition.getId());
        Api.Response refused;
        try {
            refused = post(Notifications.message(disk));
        } finally {
            engine.getRepositoryService().activateProcessDefinitionById(definition.getId());
        }

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(all(disk)).as("nothing half-recorded").isEmpty();
        assertThat(occurrences.findByFingerprintAndStartsAt(disk.fingerprint(), disk.startsAt)).isEmpty();

        Api.Response retried = post(Notifications.message(disk));
        assertThat(retried.status()).isEqualTo(200);
        assertThat(all(disk)).hasSize(1);
    }

    private void assertRefused(String body, String field) {
        long before = alerts.count();
        Api.Response response = post(body);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertThat(fields).containsExactly(field);
        assertThat(alerts.count()).isEqualTo(before);
    }

    Api.Response post(String body) {
        return api.post("monitoring", WEBHOOK, body);
    }

    /** Routes the alert and raises its incident, as the job executor would. */
    Incident raise(Alert alert) {
        AlertJobs.runDue(engine);
        Alert raised = alerts.findById(alert.getId()).orElseThrow();
        assertThat(raised.getIncidentNumber()).as("incident of %s", alert.reference()).isNotNull();
        Incident incident = register.getByNumber(raised.getIncidentNumber());
        Jobs.runDue(engine, incident.ticket());
        return register.get(incident.ticket());
    }

    Alert only(Notifications.Alert notified) {
        List<Alert> found = all(notified);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    List<Alert> all(Notifications.Alert notified) {
        return alerts.findByFingerprintOrderByIdAsc(notified.fingerprint());
    }
}
