package io.servicedesk.audit;

import io.servicedesk.platform.HistorySettings;
import io.servicedesk.platform.ServiceClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The evidence is kept exactly as long as the process history: an incident's evidence goes the retention
 * after the incident closed, in Camunda's cleanup window, a batch per transaction. Open incidents keep theirs.
 * Every node may run it; deleting what is gone already is harmless. Contract versions stay: they are the
 * contract, not an incident's history.
 */
@Component
@EnableScheduling
class EvidenceRetention {

    private static final Logger log = LoggerFactory.getLogger(EvidenceRetention.class);
    static final int BATCH = 500;

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final HistorySettings settings;
    private final ServiceClock clock;

    EvidenceRetention(NamedParameterJdbcTemplate jdbc, TransactionTemplate transactions, HistorySettings settings,
            ServiceClock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    /** Every quarter of an hour; works only inside the cleanup window (the server's local time, as Camunda's). */
    @Scheduled(fixedDelayString = "${servicedesk.history.evidence-cleanup-every:PT15M}",
            initialDelayString = "${servicedesk.history.evidence-cleanup-every:PT15M}")
    void inCleanupWindow() {
        Instant now = clock.now();
        if (settings.inCleanupWindow(now.atZone(ZoneId.systemDefault()).toLocalTime())) {
            int removed = removeExpired(now);
            if (removed > 0) {
                log.info("Removed the audit evidence of {} incidents closed more than {} days ago", removed,
                        settings.retentionDays());
            }
        }
    }

    /** Removes the evidence of incidents closed before the retention; returns how many incidents. */
    int removeExpired(Instant now) {
        Instant closedBefore = now.minus(Duration.ofDays(settings.retentionDays()));
        int removed = 0;
        while (true) {
            Integer batch = transactions.execute(status -> removeBatch(closedBefore));
            removed += batch;
            if (batch < BATCH) {
                return removed;
            }
        }
    }

    private int removeBatch(Instant closedBefore) {
        List<Long> expired = jdbc.queryForList("select incident_number from audit_incidents where closed_at < :before"
                        + " order by closed_at fetch first " + BATCH + " rows only",
                new MapSqlParameterSource("before", closedBefore.atOffset(ZoneOffset.UTC)), Long.class);
        if (expired.isEmpty()) {
            return 0;
        }
        MapSqlParameterSource numbers = new MapSqlParameterSource("numbers", expired);
        for (String table : List.of("audit_commitments", "audit_decisions", "audit_ownership", "audit_incidents")) {
            jdbc.update("delete from " + table + " where incident_number in (:numbers)", numbers);
        }
        return expired.size();
    }
}
