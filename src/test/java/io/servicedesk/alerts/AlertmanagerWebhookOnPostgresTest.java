package io.servicedesk.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.servicedesk.support.Api;
import io.servicedesk.support.OnPostgres;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Alertmanager's webhook against a real PostgreSQL, the production database: the unique constraints decide
 * races there too, and a burst is absorbed.
 */
@OnPostgres
class AlertmanagerWebhookOnPostgresTest extends AlertmanagerWebhookTest {

    /**
     * 1,000 alerts in 100 notifications, four at a time, then all of them again (Alertmanager's next
     * repeat_interval): every call answered 200, every alert recorded once with one alert process.
     */
    @Test
    void aBurstOfAThousandAlertsInAHundredCallsIsRecordedOnceWithoutError() throws Exception {
        String burst = Notifications.unique("Burst");
        List<String> bodies = new ArrayList<>();
        for (int call = 0; call < 100; call++) {
            List<Notifications.Alert> group = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                group.add(Notifications.alert(burst).severity("warning").asset("cobalt-nas")
                        .label("instance", "nas.cobalt.lan:" + (9100 + call * 10 + i)));
            }
            bodies.add(Notifications.message(group));
        }
        Set<String> references = new HashSet<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<Api.Response> future : postAll(pool, bodies)) {
                Api.Response response = future.get(300, TimeUnit.SECONDS);
                assertThat(response.status()).as(response.body()).isEqualTo(200);
                response.json().get("alerts").forEach(taken -> {
                    assertThat(taken.get("outcome").asText()).isEqualTo("NEW");
                    references.add(taken.get("alert").asText());
                });
            }
            for (Future<Api.Response> future : postAll(pool, bodies)) {
                Api.Response response = future.get(300, TimeUnit.SECONDS);
                assertThat(response.status()).as(response.body()).isEqualTo(200);
                JsonNode taken = response.json().get("alerts");
                taken.forEach(alert -> assertThat(alert.get("outcome").asText()).isEqualTo("REPEAT"));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(references).hasSize(1000);
        List<Alert> recorded = alerts.findAll().stream().filter(alert -> alert.getAlertname().equals(burst)).toList();
        assertThat(recorded).hasSize(1000).allSatisfy(alert -> assertThat(alert.getNotifications()).isEqualTo(2));
        List<String> instances = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(AlertReceiver.PROCESS_KEY).list().stream()
                .filter(instance -> references.contains(instance.getBusinessKey())).map(instance -> instance.getId())
                .toList();
        assertThat(instances).as("one alert process each").hasSize(1000);
        // routing them is the job executor's work, tested elsewhere; here they would only slow the suite down
        engine.getRuntimeService().updateProcessInstanceSuspensionState().byProcessInstanceIds(instances).suspend();
    }

    private List<Future<Api.Response>> postAll(ExecutorService pool, List<String> bodies) {
        List<Future<Api.Response>> responses = new ArrayList<>();
        for (String body : bodies) {
            responses.add(pool.submit(() -> post(body)));
        }
        return responses;
    }
}
