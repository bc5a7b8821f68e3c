package io.servicedesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicedesk.platform.HistorySettings;
import io.servicedesk.support.Api;
import io.servicedesk.support.Clock;
import io.servicedesk.support.ServiceDeskTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The evidence of a closed incident is kept exactly as long as its process history, and then removed. */
@ServiceDeskTest
class EvidenceRetentionTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    EvidenceRetention retention;
    @Autowired
    HistorySettings settings;
    @LocalServerPort
    int port;

    @AfterEach
    void tearDown() {
        Clock.reset();
    }

    @Test
    void aClosedIncidentsEvidenceGoesWithItsHistoryAndAnOpenOneStays() {
        Api api = new Api(port);
        Incidents incidents = new Incidents(engine, api);
        String closed = incidents.report("2026-10-06T10:00", Incidents.p3());
        incidents.resolveByHelpdesk(closed, "Replaced the power supply");
        incidents.confirm(closed);
        String open = incidents.report("2026-10-06T10:30", Incidents.p3());
        HistoricProcessInstance history = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey("incident").processInstanceBusinessKey(closed).singleResult();
        Instant closedAt = history.getEndTime().toInstant();
        Instant removal = closedAt.plus(Duration.ofDays(settings.retentionDays()));
        assertThat(history.getRemovalTime().toInstant()).as("Camunda removes the process history then")
                .isEqualTo(removal);

        // incidents other tests closed earlier in this shared database may expire here; this one must not yet
        retention.removeExpired(removal.minusSeconds(60));
        assertThat(api.get("auditor", "/api/audit/incidents/" + closed).status()).as("kept until its removal time")
                .isEqualTo(200);

        int removed = retention.removeExpired(removal.plusSeconds(60));

        assertThat(removed).isGreaterThanOrEqualTo(1);
        assertThat(api.get("auditor", "/api/audit/incidents/" + closed).status()).isEqualTo(404);
        assertThat(api.get("auditor", "/api/audit/incidents/" + open).status()).as("still open").isEqualTo(200);
        assertThat(api.get("auditor", "/api/audit/contracts/northwind-2026/evidence.csv?from=2026-10-06&to=2026-10-06")
                .body()).doesNotContain(closed + ",").contains(open + ",");
    }

    @Test
    void theCleanupWindowIsCamundas() {
        assertThat(settings.inCleanupWindow(LocalTime.of(0, 59))).isFalse();
        assertThat(settings.inCleanupWindow(LocalTime.of(1, 0))).isTrue();
        assertThat(settings.inCleanupWindow(LocalTime.of(4, 59))).isTrue();
        assertThat(settings.inCleanupWindow(LocalTime.of(5, 0))).isFalse();
        HistorySettings overnight = new HistorySettings(30, LocalTime.of(22, 0), LocalTime.of(2, 0));
        assertThat(overnight.inCleanupWindow(LocalTime.of(23, 30))).isTrue();
        assertThat(overnight.inCleanupWindow(LocalTime.of(1, 30))).isTrue();
        assertThat(overnight.inCleanupWindow(LocalTime.of(12, 0))).isFalse();
    }
}
