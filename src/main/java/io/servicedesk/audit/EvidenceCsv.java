package io.servicedesk.audit;

import io.servicedesk.platform.ServiceClock;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The evidence as CSV: one row per ticket and commitment, promised against what happened, with the contract
 * version and models in force when the promise was made. Streamed, so a year of a large contract never sits
 * in memory.
 */
@Component
class EvidenceCsv {

    static final List<String> COLUMNS = List.of("ticket", "client", "contract", "contract_version", "models",
            "priority", "channel", "reported_at", "commitment", "number", "subject", "promise", "target_minutes",
            "promised_at", "actual_at", "actual", "outcome", "minutes_late");

    /** A ticket's promises in the order they arise: response, page, updates, vendor, scoped services, resolution. */
    private static final String KIND_ORDER = java.util.Arrays.stream(Commitment.Kind.values())
            .map(kind -> "when '" + kind + "' then " + kind.ordinal())
            .collect(Collectors.joining(" ", "case c.kind ", " end"));

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final ServiceClock clock;

    EvidenceCsv(JdbcTemplate jdbc, TransactionTemplate transactions, ServiceClock clock) {
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        // PostgreSQL streams rows only with a fetch size, inside a transaction
        streaming.setFetchSize(1000);
        this.jdbc = new NamedParameterJdbcTemplate(streaming);
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    static String fileName(ContractPeriod period) {
        return "evidence-" + period.contract().getId() + "-" + period.from() + "-" + period.to() + ".csv";
    }

    void write(ContractPeriod period, OutputStream out) {
        Instant now = clock.now();
        ZoneId zone = period.zone();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("contract", period.contract().getId())
                .addValue("start", period.start().atOffset(ZoneOffset.UTC))
                .addValue("end", period.end().atOffset(ZoneOffset.UTC));
        readOnly.executeWithoutResult(status -> {
            line(writer, COLUMNS);
            jdbc.query("select i.ticket, i.client_id, i.priority, i.channel, i.reported_at, c.contract_id,"
                    + " c.contract_version, c.models, c.kind, c.seq, c.subject, c.promise, c.target_minutes,"
                    + " c.promised_at, c.actual_at, c.actual, c.outcome"
                    + " from audit_commitments c join audit_incidents i on i.incident_number = c.incident_number"
                    + " where c.contract_id = :contract and c.reported_at >= :start and c.reported_at < :end"
                    + " order by c.reported_at, c.incident_number, " + KIND_ORDER + ", c.seq", parameters, rs -> {
                        line(writer, row(rs, zone, now));
                    });
        });
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> row(ResultSet rs, ZoneId zone, Instant now) throws SQLException {
        Instant promised = instant(rs, "promised_at");
        Instant actual = instant(rs, "actual_at");
        String outcome = TicketEvidence.outcome(rs.getString("outcome"), promised, now);
        Integer late = TicketEvidence.minutesLate(promised, actual, outcome, now);
        return List.of(rs.getString("ticket"), rs.getString("client_id"), rs.getString("contract_id"),
                text(rs.getObject("contract_version")), text(rs.getString("models")), text(rs.getString("priority")),
                rs.getString("channel"), local(instant(rs, "reported_at"), zone), rs.getString("kind"),
                String.valueOf(rs.getInt("seq")), text(rs.getString("subject")), rs.getString("promise"),
                text(rs.getObject("target_minutes")), local(promised, zone), local(actual, zone),
                text(rs.getString("actual")), outcome, text(late));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static String local(Instant instant, ZoneId zone) {
        return instant == null ? "" : instant.atZone(zone).toOffsetDateTime().toString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static void line(Writer writer, List<String> cells) {
        try {
            writer.write(cells.stream().map(EvidenceCsv::cell).collect(Collectors.joining(",")));
            writer.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * RFC 4180 quoting; text a spreadsheet would run as a formula (=, +, -, @ first, as a summary or reason
     * typed by anybody may start) is kept as text.
     */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+")) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
