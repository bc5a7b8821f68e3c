package io.servicedesk.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicedesk.contract.Priority;
import io.servicedesk.incident.Channel;
import io.servicedesk.incident.Incident;
import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.incident.IncidentState;
import io.servicedesk.incident.Incidents;
import io.servicedesk.support.Api;
import io.servicedesk.support.Clock;
import io.servicedesk.support.Jobs;
import io.servicedesk.support.ServiceDeskTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Predicate;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The real Prometheus Alertmanager posts to the running service, authenticated as the monitoring account
 * through its http_config: a firing critical alert becomes an incident with its owner, Alertmanager's
 * re-sends do not duplicate it, and its resolution is noted without closing the incident.
 */
@ServiceDeskTest
class RealAlertmanagerTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Alerts alerts;
    @Autowired
    Incidents incidents;
    @Autowired
    IncidentRegister register;

    Alertmanager alertmanager;

    @BeforeEach
    void setUp() {
        Clock.businessHours();
        alertmanager = Alertmanager.start("http://127.0.0.1:" + port + AlertmanagerWebhookTest.WEBHOOK,
                Api.token("monitoring"));
    }

    @AfterEach
    void tearDown() {
        if (alertmanager != null) {
            alertmanager.close();
        }
        Clock.reset();
    }

    @Test
    void aFiringCriticalAlertBecomesAnIncidentReSendsDoNotDuplicateItAndItsResolutionIsNoted() {
        String alertname = Notifications.unique("AccountingDbDown");
        List<String> labels = List.of("alertname=" + alertname, "severity=critical",
                "asset=northwind-accounting-db", "client=northwind");
        List<String> annotations = List.of("summary=Accounting database does not answer",
                "description=Port 5432 closed on acct-db01 since the last scrape");
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        alertmanager.add(labels, annotations, started, null);

        Alert alert = await(alertname, found -> true, "the firing alert");
        assertThat(alert.getRoute()).isEqualTo(AlertRoute.INCIDENT);
        assertThat(alert.getOwner()).isEqualTo("engineer");
        assertThat(alert.getReceivedBy()).isEqualTo("monitoring");
        assertThat(alert.getFirstStartsAt()).isEqualTo(started);
        AlertJobs.runDue(engine);
        Incident incident = register.getByNumber(await(alertname, found -> found.getIncidentNumber() != null,
                "its incident").getIncidentNumber());
        Jobs.runDue(engine, incident.ticket());
        incident = register.get(incident.ticket());
        assertThat(incident.getChannel()).isEqualTo(Channel.MONITORING);
        assertThat(incident.getPriority()).isEqualTo(Priority.P1);
        assertThat(incident.getAccountableOwner()).isNotBlank();
        assertThat(incident.getSummary()).contains(alertname, "Accounting database server");
        assertThat(register.timeline(incident)).anySatisfy(line ->
                assertThat(line.getDetail()).contains("alert owner engineer"));

        // repeat_interval: Alertmanager sends the still-firing alert again
        Alert resent = await(alertname, found -> found.getNotifications() >= 2, "a re-send");
        assertThat(resent.getOccurrences()).isEqualTo(1);

        alertmanager.add(labels, annotations, started, Instant.now().minusSeconds(1));

        Alert cleared = await(alertname, found -> found.getClearedAt() != null, "the resolution");
        AlertJobs.runDue(engine);
        Jobs.runDue(engine, incident.ticket());
        assertThat(alerts.findByAlertnameOrderByIdAsc(alertname)).hasSize(1);
        assertThat(incidents.findAll()).filteredOn(found -> cleared.reference().equals(found.getExternalRef()))
                .hasSize(1);
        Incident after = register.get(incident.ticket());
        assertThat(after.getState()).isNotIn(IncidentState.RESOLVED, IncidentState.CLOSED);
        assertThat(register.timeline(after)).anySatisfy(line -> {
            assertThat(line.getType()).isEqualTo("MONITORING");
            assertThat(line.getDetail()).contains(cleared.reference() + " cleared at");
        });
    }

    /** Alertmanager works on its own clock: wait (real time) until what it sent is recorded. */
    private Alert await(String alertname, Predicate<Alert> condition, String what) {
        long giveUp = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < giveUp) {
            List<Alert> found = alerts.findByAlertnameOrderByIdAsc(alertname);
            if (!found.isEmpty() && condition.test(found.get(0))) {
                assertThat(found).hasSize(1);
                return found.get(0);
            }
            Alertmanager.pause(250);
        }
        throw new AssertionError("Alertmanager did not deliver " + what + " within 60 s:\n" + alertmanager.log());
    }
}
