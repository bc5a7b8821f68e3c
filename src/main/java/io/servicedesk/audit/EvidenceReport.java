package io.servicedesk.audit;

import io.servicedesk.contract.Priority;
import io.servicedesk.incident.Tickets;
import io.servicedesk.platform.ServiceClock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Builds a contract's evidence for a period from the projection: one grouped pass over the period's incident
 * rows counts every ticket figure, one over its client updates counts the updates, and a few small queries
 * name the tickets that stand out. Nothing here reads Camunda's history tables.
 */
@Service
@Transactional(readOnly = true)
class EvidenceReport {

    static final String PERIOD = "i.contract_id = :contract and i.reported_at >= :start and i.reported_at < :end";

    private final NamedParameterJdbcTemplate jdbc;
    private final TermsAsStood terms;
    private final ObjectProvider<AlertFigures> alerts;
    private final ServiceClock clock;

    EvidenceReport(NamedParameterJdbcTemplate jdbc, TermsAsStood terms, ObjectProvider<AlertFigures> alerts,
            ServiceClock clock) {
        this.jdbc = jdbc;
        this.terms = terms;
        this.alerts = alerts;
        this.clock = clock;
    }

    /** @param base where links point: "/api/audit" for the API, "/audit" for the page */
    Evidence build(ContractPeriod period, String base) {
        Instant now = clock.now();
        MapSqlParameterSource parameters = parameters(period, now);
        Links links = new Links(base, period);
        List<Group> groups = groups(parameters);
        Counts total = Group.sum(groups);
        Map<LocalDate, UpdateCounts> updates = new TreeMap<>();
        Map<Boolean, UpdateCounts> byVendor = new TreeMap<>();
        updates(parameters, updates, byVendor);
        UpdateCounts allUpdates = UpdateCounts.sum(updates.values());
        UpdateCounts vendorInvolved = byVendor.getOrDefault(true, new UpdateCounts(0, 0, 0, 0, 0));
        List<Evidence.Terms> asStood = terms.inForce(period);

        Evidence.Incidents incidents = new Evidence.Incidents(links.count(total, Figure.INCIDENTS),
                byPriority(groups, links), byChannel(groups, links));
        Evidence.Target firstResponse = target(total, links, Figure.RESPONSE_KEPT, Figure.RESPONSE_LATE,
                Figure.RESPONSE_MISSED, Figure.RESPONSE_PENDING,
                worst(period, groups, "response_late_minutes", "response_worst", links));
        Evidence.Target resolution = target(total, links, Figure.RESOLUTION_KEPT, Figure.RESOLUTION_LATE,
                Figure.RESOLUTION_MISSED, Figure.RESOLUTION_PENDING,
                worst(period, groups, "resolution_late_minutes", "resolution_worst", links));
        Evidence.ClientUpdates clientUpdates = new Evidence.ClientUpdates(allUpdates.due(),
                links.count(allUpdates.kept(), Figure.UPDATES_KEPT), links.count(allUpdates.late(), Figure.UPDATES_LATE),
                links.count(allUpdates.missed(), Figure.UPDATES_MISSED), allUpdates.pending(),
                percent(allUpdates.kept(), allUpdates.kept() + allUpdates.late() + allUpdates.missed()),
                new Evidence.VendorInvolved(vendorInvolved.kept(), vendorInvolved.late(), vendorInvolved.missed()),
                longestSilences(parameters, links),
                links.count(total, Figure.LONGEST_SILENCE));
        Evidence.AfterHours afterHours = new Evidence.AfterHours(links.count(total, Figure.INSIDE_WINDOW),
                links.count(total, Figure.OUTSIDE_WINDOW), links.count(total, Figure.PAGED), total.sum("pages"),
                links.count(total, Figure.QUEUED), links.count(total, Figure.WORKED_NOW), decisions(parameters, links));
        long acknowledged = total.sum("ack_count");
        Evidence.OnCall onCall = new Evidence.OnCall(links.count(total.sum("paged_incidents"), Figure.PAGED),
                links.count(total, Figure.ACK_KEPT), links.count(total, Figure.ACK_LATE),
                links.count(total, Figure.ACK_MISSED), links.count(total, Figure.ACK_OPEN),
                links.count(total, Figure.PAGE_ESCALATED),
                acknowledged == 0 ? null : round((double) total.sum("ack_minutes") / acknowledged),
                total.max("ack_worst"));
        Evidence.Ownership ownership = new Evidence.Ownership(links.count(total, Figure.OWNER_CHANGED),
                total.sum("owner_changes"), links.count(total, Figure.HANDED_OFF), total.sum("handoffs"),
                total.sum("handoffs_owner_kept"), links.count(total, Figure.HANDOFF_CHANGED_OWNER),
                ownerChanges(parameters, links));
        Evidence.Vendors vendors = new Evidence.Vendors(links.count(total, Figure.VENDOR), total.sum("vendor_cases"),
                links.count(total, Figure.VENDOR_CHASED), total.sum("vendor_chases"),
                links.count(total, Figure.VENDOR_LATE), total.max("vendor_worst"));
        Evidence.ScopedServices scoped = new Evidence.ScopedServices(
                asStood.isEmpty() ? Map.of() : asStood.get(asStood.size() - 1).scopedServices(),
                links.count(total, Figure.SCOPED_INCLUDED), links.count(total, Figure.SCOPED_APPROVED),
                links.count(total, Figure.SCOPED_REFUSED), links.count(total, Figure.SCOPED_NOT_OFFERED),
                links.count(total, Figure.SCOPED_AWAITING));
        Evidence.ScopeGaps scopeGaps = new Evidence.ScopeGaps(links.count(total, Figure.SCOPE_GAP),
                Optional.ofNullable(alerts.getIfAvailable())
                        .map(figures -> figures.summarize(period.contract().getClientId(), period.start(),
                                period.end()))
                        .orElse(null));
        Evidence.Reviews reviews = new Evidence.Reviews(links.count(total, Figure.REVIEWS_REQUIRED),
                links.count(total, Figure.REVIEWS_DONE), links.count(total, Figure.REVIEWS_OPEN),
                links.count(total, Figure.REVIEWS_LATE), followUps(parameters));
        List<Evidence.Week> weeks = weeks(period, groups, updates);

        Evidence draft = new Evidence(
                new Evidence.Contract(period.contract().getId(), period.contract().getClientId(),
                        period.contract().getName(), period.contract().getTimeZone()),
                new Evidence.Period(period.from(), period.to(), period.zone().getId(), period.start(), period.end(),
                        now),
                asStood, List.of(), incidents, firstResponse, resolution, clientUpdates, afterHours, onCall, ownership,
                vendors, scoped, scopeGaps, reviews, weeks, links.csv());
        return withAnswers(draft);
    }

    private static Evidence withAnswers(Evidence evidence) {
        return new Evidence(evidence.contract(), evidence.period(), evidence.terms(), BuyerQuestions.answer(evidence),
                evidence.incidents(), evidence.firstResponse(), evidence.resolution(), evidence.clientUpdates(),
                evidence.afterHours(), evidence.onCall(), evidence.ownership(), evidence.vendors(),
                evidence.scopedServices(), evidence.scopeGaps(), evidence.reviews(), evidence.weeks(), evidence.csv());
    }

    /**
     * The P1 reviews' follow-up actions, summed over the period's P1s (a few percent of its incidents); null
     * while no review tracks them as items (see IncidentEvidence.followUps).
     */
    private Evidence.FollowUps followUps(MapSqlParameterSource parameters) {
        return jdbc.query("select sum(i.follow_ups) as total, sum(i.follow_ups_done) as done,"
                + " sum(i.follow_ups_late) as late from audit_incidents i where " + PERIOD
                + " and i.highest_priority = 'P1' and i.follow_ups is not null", parameters, rs -> {
                    if (!rs.next() || rs.getObject("total") == null) {
                        return null;
                    }
                    long done = rs.getLong("done");
                    return new Evidence.FollowUps(done, rs.getLong("total") - done, rs.getLong("late"));
                });
    }

    // --- the one pass over the period's incidents

    /**
     * Counts per week, priority, channel and facts, with how many due times have passed and how many are
     * ahead: read from the figures index alone (see V40), so a year of a large contract is counted without its
     * rows.
     */
    private List<Group> groups(MapSqlParameterSource parameters) {
        String passed = Arrays.stream(Figure.Due.values())
                .map(due -> "sum(case when i." + due.column + " < :now then 1 else 0 end) as " + due.column + "_passed,"
                        + " sum(case when i." + due.column + " >= :now then 1 else 0 end) as " + due.column + "_ahead")
                .collect(Collectors.joining(", "));
        String sql = "select i.reported_week as week, i.priority as priority, i.channel as channel, i.flags as flags,"
                + " count(*) as incidents, " + passed + ","
                + " sum(i.after_hours_pages) as pages,"
                + " sum(i.ack_minutes) as ack_minutes, count(i.ack_minutes) as ack_count, max(i.ack_minutes) as ack_worst,"
                + " sum(i.owner_changes) as owner_changes, sum(i.handoffs) as handoffs,"
                + " sum(i.handoffs_owner_kept) as handoffs_owner_kept,"
                + " sum(i.vendor_cases) as vendor_cases, sum(i.vendor_chases) as vendor_chases,"
                + " max(i.vendor_response_minutes) as vendor_worst,"
                + " max(i.response_late_minutes) as response_worst, max(i.resolution_late_minutes) as resolution_worst"
                + " from audit_incidents i where " + PERIOD
                + " group by i.reported_week, i.priority, i.channel, i.flags";
        return jdbc.query(sql, parameters, (rs, row) -> Group.of(rs));
    }

    /** Incidents alike in week, priority, channel and facts: how many, and their sums. */
    record Group(LocalDate week, String priority, String channel, long flags, Map<String, Long> values) {

        static Group of(ResultSet rs) throws SQLException {
            Map<String, Long> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            var meta = rs.getMetaData();
            for (int column = 5; column <= meta.getColumnCount(); column++) {
                Object value = rs.getObject(column);
                values.put(meta.getColumnLabel(column), value == null ? null : ((Number) value).longValue());
            }
            return new Group(rs.getObject("week", LocalDate.class), rs.getString("priority"), rs.getString("channel"),
                    rs.getLong("flags"), values);
        }

        static Counts sum(List<Group> groups) {
            return new Counts(groups);
        }

        long count(Figure figure) {
            return figure.count(flags, priority, sum("incidents"),
                    (due, passed) -> sum(due.column + (passed ? "_passed" : "_ahead")));
        }

        long sum(String column) {
            Long value = values.get(column);
            return value == null ? 0 : value;
        }

        Integer max(String column) {
            Long value = values.get(column);
            return value == null ? null : value.intValue();
        }
    }

    /** Several groups together: the period, a week. */
    record Counts(List<Group> groups) {

        long count(Figure figure) {
            return groups.stream().mapToLong(group -> group.count(figure)).sum();
        }

        long sum(String column) {
            return groups.stream().mapToLong(group -> group.sum(column)).sum();
        }

        Integer max(String column) {
            return groups.stream().map(group -> group.max(column)).filter(java.util.Objects::nonNull)
                    .max(Integer::compare).orElse(null);
        }
    }

    private static Map<String, Evidence.Count> byPriority(List<Group> groups, Links links) {
        Map<String, Evidence.Count> counts = new LinkedHashMap<>();
        for (Priority priority : Priority.values()) {
            long count = groups.stream().filter(group -> priority.name().equals(group.priority()))
                    .mapToLong(group -> group.count(Figure.INCIDENTS)).sum();
            counts.put(priority.name(), links.count(count, Figure.valueOf("PRIORITY_" + priority.name())));
        }
        long untriaged = groups.stream().filter(group -> group.priority() == null)
                .mapToLong(group -> group.count(Figure.INCIDENTS)).sum();
        if (untriaged > 0) {
            counts.put("untriaged", links.count(untriaged, Figure.UNTRIAGED));
        }
        return counts;
    }

    private static Map<String, Evidence.Count> byChannel(List<Group> groups, Links links) {
        Map<String, Long> counts = new TreeMap<>();
        groups.forEach(group -> counts.merge(group.channel(), group.count(Figure.INCIDENTS), Long::sum));
        Map<String, Evidence.Count> linked = new LinkedHashMap<>();
        counts.forEach((channel, count) -> linked.put(channel, new Evidence.Count(count, Figure.INCIDENTS.id(),
                links.tickets(Figure.INCIDENTS, Map.of("channel", channel)))));
        return linked;
    }

    private static Evidence.Target target(Counts total, Links links, Figure kept, Figure late, Figure missed,
            Figure pending, Evidence.Ticket worst) {
        long judged = total.count(kept) + total.count(late) + total.count(missed);
        return new Evidence.Target(links.count(total, kept), links.count(total, late), links.count(total, missed),
                links.count(total, pending), percent(total.count(kept), judged), worst);
    }

    /**
     * The ticket furthest past its target; null when none was late. The grouped pass knows the worst minutes
     * and the week they fell in, so only that week's rows are read to name the ticket.
     */
    private Evidence.Ticket worst(ContractPeriod period, List<Group> groups, String lateMinutes, String column,
            Links links) {
        Group worst = groups.stream().filter(group -> group.max(column) != null && group.max(column) > 0)
                .max(java.util.Comparator.comparingInt((Group group) -> group.max(column))
                        .thenComparing(Group::week, java.util.Comparator.reverseOrder()))
                .orElse(null);
        if (worst == null) {
            return null;
        }
        Instant weekStart = worst.week().atStartOfDay(period.zone()).toInstant();
        Instant weekEnd = worst.week().plusWeeks(1).atStartOfDay(period.zone()).toInstant();
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("contract", period.contract().getId())
                .addValue("start", max(weekStart, period.start()).atOffset(ZoneOffset.UTC))
                .addValue("end", min(weekEnd, period.end()).atOffset(ZoneOffset.UTC))
                .addValue("minutes", worst.max(column));
        List<Long> numbers = jdbc.queryForList("select i.incident_number from audit_incidents i where " + PERIOD
                + " and i." + lateMinutes + " = :minutes order by i.incident_number fetch first 1 rows only",
                parameters, Long.class);
        return numbers.isEmpty() ? null : new Evidence.Ticket(Tickets.of(numbers.get(0)), worst.max(column),
                links.evidence(Tickets.of(numbers.get(0))));
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    // --- client updates, counted one by one

    record UpdateCounts(long due, long kept, long late, long missed, long pending) {

        UpdateCounts plus(UpdateCounts other) {
            return new UpdateCounts(due + other.due, kept + other.kept, late + other.late, missed + other.missed,
                    pending + other.pending);
        }

        static UpdateCounts sum(java.util.Collection<UpdateCounts> counts) {
            return new UpdateCounts(counts.stream().mapToLong(UpdateCounts::due).sum(),
                    counts.stream().mapToLong(UpdateCounts::kept).sum(),
                    counts.stream().mapToLong(UpdateCounts::late).sum(),
                    counts.stream().mapToLong(UpdateCounts::missed).sum(),
                    counts.stream().mapToLong(UpdateCounts::pending).sum());
        }
    }

    private static final String UPDATE_COUNTS = "count(*) as due,"
            + " sum(case when c.outcome = 'KEPT' then 1 else 0 end) as kept,"
            + " sum(case when c.outcome = 'LATE' then 1 else 0 end) as late,"
            + " sum(case when c.outcome = 'MISSED' or (c.outcome is null and c.promised_at < :now) then 1 else 0 end)"
            + " as missed,"
            + " sum(case when c.outcome is null and c.promised_at >= :now then 1 else 0 end) as pending";

    /** One pass over the period's client updates: per week, and whether a vendor worked the incident meanwhile. */
    private void updates(MapSqlParameterSource parameters, Map<LocalDate, UpdateCounts> byWeek,
            Map<Boolean, UpdateCounts> byVendor) {
        jdbc.query("select c.reported_week as week, c.while_vendor as while_vendor, " + UPDATE_COUNTS
                + " from audit_commitments c where c.contract_id = :contract and c.kind = 'CLIENT_UPDATE'"
                + " and c.reported_at >= :start and c.reported_at < :end group by c.reported_week, c.while_vendor",
                parameters, rs -> {
                    UpdateCounts counts = updateCounts(rs);
                    byWeek.merge(rs.getObject("week", LocalDate.class), counts, UpdateCounts::plus);
                    byVendor.merge(rs.getBoolean("while_vendor"), counts, UpdateCounts::plus);
                });
    }

    private static UpdateCounts updateCounts(ResultSet rs) throws SQLException {
        return new UpdateCounts(rs.getLong("due"), rs.getLong("kept"), rs.getLong("late"), rs.getLong("missed"),
                rs.getLong("pending"));
    }

    private List<Evidence.Ticket> longestSilences(MapSqlParameterSource parameters, Links links) {
        // the P1s' own index: a year of a large contract has few of them
        return jdbc.query("select i.incident_number, i.longest_silence_minutes from audit_incidents i"
                        + " where i.contract_id = :contract and i.highest_priority = 'P1'"
                        + " and i.reported_at >= :start and i.reported_at < :end"
                        + " and i.longest_silence_minutes is not null"
                        + " order by i.longest_silence_minutes desc, i.incident_number fetch first 10 rows only",
                parameters, (rs, row) -> {
                    String ticket = Tickets.of(rs.getLong("incident_number"));
                    return new Evidence.Ticket(ticket, rs.getInt("longest_silence_minutes"), links.evidence(ticket));
                });
    }

    // --- decisions and owners

    private List<Evidence.DecisionGroup> decisions(MapSqlParameterSource parameters, Links links) {
        return jdbc.query("select d.outcome, d.priority, d.in_window, d.after_hours_coverage, d.reason,"
                        + " count(*) as decisions, count(distinct d.incident_number) as incidents,"
                        + " min(d.incident_number) as example from audit_decisions d"
                        + " where d.contract_id = :contract and d.kind = 'COVERAGE'"
                        + " and d.reported_at >= :start and d.reported_at < :end"
                        + " group by d.outcome, d.priority, d.in_window, d.after_hours_coverage, d.reason"
                        + " order by d.in_window desc, d.outcome, d.priority", parameters,
                (rs, row) -> {
                    Boolean inWindow = (Boolean) rs.getObject("in_window");
                    String action = rs.getString("outcome");
                    Figure figure = Boolean.TRUE.equals(inWindow) ? Figure.INSIDE_WINDOW : switch (action) {
                        case "PAGE_ON_CALL" -> Figure.PAGED;
                        case "QUEUE_FOR_WINDOW" -> Figure.QUEUED;
                        default -> Figure.WORKED_NOW;
                    };
                    String priority = rs.getString("priority");
                    return new Evidence.DecisionGroup(action, priority, inWindow, rs.getString("after_hours_coverage"),
                            rs.getString("reason"), rs.getLong("decisions"), rs.getLong("incidents"),
                            Tickets.of(rs.getLong("example")), links.tickets(figure,
                                    priority == null ? Map.of() : Map.of("priority", priority)));
                });
    }

    private List<Evidence.OwnerChange> ownerChanges(MapSqlParameterSource parameters, Links links) {
        return jdbc.query("select o.incident_number, o.occurred_at, o.actor, o.owner_before, o.owner_after, o.detail"
                        + " from audit_ownership o where o.contract_id = :contract and o.kind = 'OWNER_CHANGED'"
                        + " and o.reported_at >= :start and o.reported_at < :end"
                        + " order by o.occurred_at, o.id fetch first 100 rows only", parameters,
                (rs, row) -> {
                    String ticket = Tickets.of(rs.getLong("incident_number"));
                    return new Evidence.OwnerChange(ticket, rs.getObject("occurred_at", OffsetDateTime.class)
                            .toInstant(), rs.getString("actor"), rs.getString("owner_before"),
                            rs.getString("owner_after"), rs.getString("detail"), links.evidence(ticket));
                });
    }

    // --- weeks

    private static List<Evidence.Week> weeks(ContractPeriod period, List<Group> groups,
            Map<LocalDate, UpdateCounts> updates) {
        Map<LocalDate, List<Group>> byWeek = groups.stream().collect(Collectors.groupingBy(Group::week, TreeMap::new,
                Collectors.toList()));
        List<Evidence.Week> weeks = new ArrayList<>();
        for (LocalDate week = IncidentEvidence.weekOf(period.start(), period.zone()); !week.isAfter(period.to());
                week = week.plusWeeks(1)) {
            Counts total = Group.sum(byWeek.getOrDefault(week, List.of()));
            UpdateCounts updated = updates.getOrDefault(week, new UpdateCounts(0, 0, 0, 0, 0));
            weeks.add(new Evidence.Week(week, total.count(Figure.INCIDENTS),
                    percent(total.count(Figure.RESPONSE_KEPT), total.count(Figure.RESPONSE_KEPT)
                            + total.count(Figure.RESPONSE_LATE) + total.count(Figure.RESPONSE_MISSED)),
                    percent(total.count(Figure.RESOLUTION_KEPT), total.count(Figure.RESOLUTION_KEPT)
                            + total.count(Figure.RESOLUTION_LATE) + total.count(Figure.RESOLUTION_MISSED)),
                    updated.kept(), updated.late(), updated.missed(), total.sum("pages")));
        }
        return weeks;
    }

    // --- drill-down

    /** One page of the tickets behind a figure, optionally of one priority or channel. */
    TicketPage tickets(ContractPeriod period, Figure figure, String priority, String channel, int page, int size,
            String base) {
        Instant now = clock.now();
        MapSqlParameterSource parameters = parameters(period, now);
        String where = PERIOD + " and " + figure.condition();
        if (priority != null) {
            where += " and i.priority = :priority";
            parameters.addValue("priority", priority);
        }
        if (channel != null) {
            where += " and i.channel = :channel";
            parameters.addValue("channel", channel);
        }
        long total = jdbc.queryForObject("select count(*) from audit_incidents i where " + where, parameters,
                Long.class);
        parameters.addValue("offset", (long) page * size).addValue("size", size);
        Links links = new Links(base, period);
        String order = switch (figure) {
            case RESPONSE_LATE -> "i.response_late_minutes desc, ";
            case RESOLUTION_LATE -> "i.resolution_late_minutes desc, ";
            case LONGEST_SILENCE -> "i.longest_silence_minutes desc, ";
            default -> "";
        };
        List<TicketPage.Row> rows = jdbc.query("select i.* from audit_incidents i where " + where + " order by "
                + order + "i.reported_at, i.incident_number offset :offset rows fetch next :size rows only",
                parameters, (rs, row) -> TicketPage.Row.of(rs, links.evidence(rs.getString("ticket")), period.zone()));
        return new TicketPage(figure.id(), figure.title(), priority, channel, total, page, size, rows);
    }

    private static MapSqlParameterSource parameters(ContractPeriod period, Instant now) {
        return new MapSqlParameterSource()
                .addValue("contract", period.contract().getId())
                .addValue("start", period.start().atOffset(ZoneOffset.UTC))
                .addValue("end", period.end().atOffset(ZoneOffset.UTC))
                .addValue("now", now.atOffset(ZoneOffset.UTC));
    }

    static Double percent(long part, long whole) {
        return whole == 0 ? null : round(100.0 * part / whole);
    }

    private static Double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** Where a figure's tickets and a ticket's evidence are, for the API or the page. */
    record Links(String base, ContractPeriod period) {

        Evidence.Count count(Counts total, Figure figure) {
            return count(total.count(figure), figure);
        }

        Evidence.Count count(long count, Figure figure) {
            return new Evidence.Count(count, figure.id(), tickets(figure, Map.of()));
        }

        String tickets(Figure figure, Map<String, String> filters) {
            UriComponentsBuilder uri = UriComponentsBuilder.fromPath(base + "/contracts/{contract}/tickets")
                    .queryParam("from", period.from()).queryParam("to", period.to())
                    .queryParam("figure", figure.id());
            new TreeMap<>(filters).forEach(uri::queryParam);
            return uri.buildAndExpand(period.contract().getId()).encode().toUriString();
        }

        String evidence(String ticket) {
            return base + "/incidents/" + ticket;
        }

        String csv() {
            return UriComponentsBuilder.fromPath(base + "/contracts/{contract}/evidence.csv")
                    .queryParam("from", period.from()).queryParam("to", period.to())
                    .buildAndExpand(period.contract().getId()).encode().toUriString();
        }
    }
}
