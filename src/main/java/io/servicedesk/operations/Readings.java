package io.servicedesk.operations;

import io.servicedesk.platform.ServiceClock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads {@link Figures} from the incident record, the mail record and the engine's job table: aggregate
 * queries over indexed columns, a handful per reading, none per incident.
 */
@Component
class Readings {

    static final String NO_PRIORITY = "none";

    private final JdbcTemplate jdbc;
    private final ManagementService management;
    private final ServiceClock clock;

    Readings(JdbcTemplate jdbc, ManagementService management, ServiceClock clock) {
        this.jdbc = jdbc;
        this.management = management;
        this.clock = clock;
    }

    Figures read() {
        Instant now = clock.now();
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        Map<String, Long> open = new HashMap<>();
        jdbc.query("select priority, state, count(*) from incidents where state <> 'CLOSED' group by priority, state",
                (ResultSet row) -> {
                    open.put(Figures.key(priority(row), row.getString(2)), row.getLong(3));
                });
        Map<String, Long> responseOverdue = byPriority("""
                select priority, count(*) from incidents
                where responded_at is null and resolved_at is null and state <> 'CLOSED' and response_due_at < ?
                group by priority""", at);
        Map<String, Long> responseBreached = byPriority("""
                select priority, count(*) from incidents
                where response_due_at < coalesce(responded_at, resolved_at, closed_at, ?)
                group by priority""", at);
        Map<String, Long> resolutionOverdue = byPriority("""
                select priority, count(*) from incidents
                where resolved_at is null and state <> 'CLOSED' and resolution_due_at < ?
                group by priority""", at);
        Map<String, Long> resolutionBreached = byPriority("""
                select priority, count(*) from incidents where resolution_breached_at is not null
                group by priority""");
        Map<String, Long> updatesOverdue = byPriority("""
                select priority, count(*) from incidents
                where state not in ('RESOLVED', 'CLOSED') and next_update_due_at < ?
                group by priority""", at);
        Map<String, Long> lateUpdates = byPriority("""
                select i.priority, count(*) from communications c join incidents i on i.number = c.incident_number
                where c.kind = 'CLIENT_UPDATE' and c.late = true
                group by i.priority""");
        long jobsDue = management.createJobQuery().executable().active().count();
        long jobsFailed = management.createJobQuery().noRetriesLeft().count();
        Map<String, Object> pending = jdbc.queryForMap(
                "select count(*) as pending, min(created_at) as oldest from communications where status = 'PENDING'");
        Instant oldest = instant(pending.get("oldest"));
        return new Figures(open, responseOverdue, responseBreached, resolutionOverdue, resolutionBreached, updatesOverdue, lateUpdates,
                jobsDue, jobsFailed, ((Number) pending.get("pending")).longValue(),
                oldest == null || oldest.isAfter(now) ? Duration.ZERO : Duration.between(oldest, now));
    }

    private Map<String, Long> byPriority(String sql, Object... arguments) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query(sql, (ResultSet row) -> {
            counts.put(priority(row), row.getLong(2));
        }, arguments);
        return counts;
    }

    private static String priority(ResultSet row) throws SQLException {
        String priority = row.getString(1);
        return priority == null ? NO_PRIORITY : priority;
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Timestamp time) {
            return time.toInstant();
        }
        if (value instanceof Instant time) {
            return time;
        }
        return null;
    }
}
