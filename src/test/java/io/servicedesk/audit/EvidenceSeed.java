package io.servicedesk.audit;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Closed incidents for the benchmark, written straight into the evidence projection in batches: a year of a
 * busy contract as the projection would hold it (priorities, channels, after-hours pages, updates, hand-offs,
 * vendors, scoped services, reviews), with what the report must count kept for the check.
 */
final class EvidenceSeed {

    /** What the report must find for the measured contract. */
    static final class Expected {
        long incidents;
        long p1;
        long responseKept;
        long responseLate;
        long updatesKept;
        long updatesLate;
        long updatesMissed;
        long pages;
        long vendorIncidents;
        long reviewsDone;
    }

    private static final String[] CHANNELS = {"PORTAL", "PORTAL", "PORTAL", "PORTAL", "EMAIL", "EMAIL", "EMAIL",
            "PHONE", "PHONE", "MONITORING"};
    private static final int[] RESPONSE = {15, 60, 240, 480};
    private static final int[] RESOLUTION = {240, 480, 1440, 4800};
    private static final int[] CADENCE = {30, 120, 540, 0};
    private static final int BATCH = 2_000;

    private final JdbcTemplate jdbc;
    private final Random random = new Random(42);
    private final List<Object[]> incidents = new ArrayList<>();
    private final List<Object[]> commitments = new ArrayList<>();
    private final List<Object[]> decisions = new ArrayList<>();
    private final List<Object[]> ownership = new ArrayList<>();

    EvidenceSeed(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A contract to seed incidents for, and how many. */
    record Share(String contractId, String clientId, ZoneId zone, int count) {
    }

    /**
     * Seeds closed incidents reported in the year, the contracts' incidents interleaved in time, numbered from
     * {@code first} in the order they were reported, as tickets are; returns what each contract's report must find.
     */
    java.util.Map<String, Expected> closedIncidents(List<Share> shares, int year, long first) {
        List<Share> owners = new ArrayList<>();
        java.util.Map<String, Expected> expected = new java.util.HashMap<>();
        for (Share share : shares) {
            owners.addAll(java.util.Collections.nCopies(share.count(), share));
            expected.put(share.contractId(), new Expected());
        }
        java.util.Collections.shuffle(owners, random);
        ZoneId zone = shares.get(0).zone();
        Instant start = LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
        long seconds = Duration.between(start, LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant()).toSeconds();
        long[] offsets = new long[owners.size()];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = (long) (random.nextDouble() * seconds);
        }
        java.util.Arrays.sort(offsets);
        for (int i = 0; i < owners.size(); i++) {
            Share share = owners.get(i);
            incident(first + i, share.contractId(), share.clientId(), share.zone(), start.plusSeconds(offsets[i]),
                    expected.get(share.contractId()));
            if (incidents.size() >= BATCH) {
                flush();
            }
        }
        flush();
        return expected;
    }

    private void incident(long number, String contractId, String clientId, ZoneId zone, Instant reported,
            Expected expected) {
        double roll = random.nextDouble();
        int priority = roll < 0.05 ? 0 : roll < 0.20 ? 1 : roll < 0.70 ? 2 : 3;
        String p = "P" + (priority + 1);
        LocalDate week = IncidentEvidence.weekOf(reported, zone);
        boolean inWindow = random.nextDouble() < 0.7;
        boolean paged = !inWindow && priority == 0;
        Instant responseDue = reported.plus(Duration.ofMinutes(RESPONSE[priority]));
        boolean responseKept = random.nextDouble() < 0.9;
        Instant responded = reported.plus(Duration.ofMinutes(responseKept ? random.nextInt(RESPONSE[priority])
                : RESPONSE[priority] + 1 + random.nextInt(60)));
        Instant resolutionDue = reported.plus(Duration.ofMinutes(RESOLUTION[priority]));
        boolean resolutionKept = random.nextDouble() < 0.85;
        Instant resolved = resolutionKept ? resolutionDue.minus(Duration.ofMinutes(1 + random.nextInt(RESOLUTION[priority] - 1)))
                : resolutionDue.plus(Duration.ofMinutes(1 + random.nextInt(600)));
        Instant closed = resolved.plus(Duration.ofDays(1));
        int ackMinutes = paged ? 2 + random.nextInt(28) : 0;
        int escalations = paged ? ackMinutes / 15 : 0;
        int handoffs = random.nextDouble() < 0.3 ? 1 + random.nextInt(2) : 0;
        int ownerChanges = random.nextDouble() < 0.02 ? 1 : 0;
        boolean vendor = random.nextDouble() < 0.05;
        int chases = vendor ? random.nextInt(3) : 0;
        boolean vendorLate = vendor && random.nextDouble() < 0.3;
        boolean scoped = random.nextDouble() < 0.03;
        int scope = random.nextInt(4);
        boolean reviewed = priority == 0 && random.nextDouble() < 0.95;
        boolean scopeGap = random.nextDouble() < 0.01;
        String models = "incident v1, triage v1, coverage v1";

        expected.incidents++;
        expected.p1 += priority == 0 ? 1 : 0;
        expected.responseKept += responseKept ? 1 : 0;
        expected.responseLate += responseKept ? 0 : 1;
        expected.pages += paged ? 1 : 0;
        expected.vendorIncidents += vendor ? 1 : 0;
        expected.reviewsDone += reviewed ? 1 : 0;

        java.util.Set<Fact> facts = java.util.EnumSet.of(responseKept ? Fact.RESPONSE_KEPT : Fact.RESPONSE_LATE,
                resolutionKept ? Fact.RESOLUTION_KEPT : Fact.RESOLUTION_LATE,
                inWindow ? Fact.INSIDE_WINDOW : Fact.OUTSIDE_WINDOW);
        if (paged) {
            facts.add(Fact.PAGED);
            facts.add(ackMinutes <= 15 ? Fact.ACK_KEPT : Fact.ACK_LATE);
        } else if (!inWindow) {
            facts.add(Fact.QUEUED);
        }
        add(facts, escalations > 0, Fact.PAGE_ESCALATED);
        add(facts, ownerChanges > 0, Fact.OWNER_CHANGED);
        add(facts, handoffs > 0, Fact.HANDED_OFF);
        add(facts, vendor, Fact.VENDOR);
        add(facts, chases > 0, Fact.VENDOR_CHASED);
        add(facts, vendorLate, Fact.VENDOR_LATE);
        add(facts, scoped && scope == 0, Fact.SCOPED_INCLUDED);
        add(facts, scoped && scope == 1, Fact.SCOPED_APPROVED);
        add(facts, scoped && scope == 2, Fact.SCOPED_REFUSED);
        add(facts, scoped && scope == 3, Fact.SCOPED_NOT_OFFERED);
        add(facts, scopeGap, Fact.SCOPE_GAP);
        add(facts, priority == 0, Fact.REVIEW_REQUIRED);
        add(facts, reviewed, Fact.REVIEW_DONE);
        add(facts, priority == 0 && !reviewed, Fact.REVIEW_OPEN);
        add(facts, priority == 0, Fact.LONGEST_SILENCE);

        incidents.add(new Object[] {number, "INC-" + number, clientId, contractId, 0L, models,
                CHANNELS[random.nextInt(CHANNELS.length)], p, p, "CLOSED", scopeGap, "dispatcher", time(reported),
                Date.valueOf(week), time(responseDue), time(responded), minutes(reported, responded),
                minutes(responseDue, responded), responseKept ? "KEPT" : "LATE", time(resolutionDue), time(resolved),
                minutes(resolutionDue, resolved), resolutionKept ? "KEPT" : "LATE",
                priority == 0 ? 20 + random.nextInt(40) : null, inWindow,
                inWindow ? "WORK_NOW" : paged ? "PAGE_ON_CALL" : "QUEUE_FOR_WINDOW", paged ? 1 : 0,
                !inWindow && !paged ? 1 : 0, 0, paged ? time(reported) : null,
                paged ? time(reported.plus(Duration.ofMinutes(ackMinutes))) : null, paged ? "on-call" : null,
                paged ? ackMinutes : null, paged ? (ackMinutes <= 15 ? "KEPT" : "LATE") : null, escalations,
                ownerChanges, handoffs, handoffs, vendor ? 1 : 0, chases, vendorLate ? 1 : 0,
                vendor ? 30 + random.nextInt(120) : null, scoped && scope == 0 ? 1 : 0, scoped && scope == 1 ? 1 : 0,
                scoped && scope == 2 ? 1 : 0, scoped && scope == 3 ? 1 : 0, 0, priority == 0, null,
                reviewed ? time(closed) : null, reviewed ? "KEPT" : null, time(closed), time(closed), Fact.flags(facts)});

        commitment(number, contractId, reported, week, "FIRST_RESPONSE", 1, p, RESPONSE[priority], responseDue,
                responded, responseKept ? "KEPT" : "LATE", models);
        commitment(number, contractId, reported, week, "RESOLUTION", 1, p, RESOLUTION[priority], resolutionDue,
                resolved, resolutionKept ? "KEPT" : "LATE", models);
        int updates = switch (priority) {
            case 0 -> 4;
            case 1 -> 2;
            case 2 -> random.nextBoolean() ? 1 : 0;
            default -> 0;
        };
        for (int n = 1; n <= updates; n++) {
            Instant due = reported.plus(Duration.ofMinutes((long) CADENCE[priority] * n));
            double punctuality = random.nextDouble();
            String outcome = punctuality < 0.92 ? "KEPT" : punctuality < 0.98 ? "LATE" : "MISSED";
            expected.updatesKept += outcome.equals("KEPT") ? 1 : 0;
            expected.updatesLate += outcome.equals("LATE") ? 1 : 0;
            expected.updatesMissed += outcome.equals("MISSED") ? 1 : 0;
            Instant sent = outcome.equals("MISSED") ? null
                    : due.plus(Duration.ofMinutes(outcome.equals("KEPT") ? -5 : 7));
            whileVendor = vendor && n > 1;
            commitment(number, contractId, reported, week, "CLIENT_UPDATE", n, null, CADENCE[priority], due, sent,
                    outcome, models);
            whileVendor = false;
        }
        if (paged) {
            commitment(number, contractId, reported, week, "PAGE_ACKNOWLEDGEMENT", 1, p, 15,
                    reported.plus(Duration.ofMinutes(15)), reported.plus(Duration.ofMinutes(ackMinutes)),
                    ackMinutes <= 15 ? "KEPT" : "LATE", models);
        }
        if (vendor) {
            commitment(number, contractId, reported, week, "VENDOR_RESPONSE", 1, "Pacific Fiber case PF-" + number,
                    60, responded.plus(Duration.ofMinutes(60)),
                    responded.plus(Duration.ofMinutes(vendorLate ? 75 : 40)), vendorLate ? "LATE" : "KEPT", models);
        }
        if (scoped) {
            String[] outcomes = {"INCLUDED", "APPROVED", "REFUSED", "NOT_OFFERED"};
            commitment(number, contractId, reported, week, "SCOPED_SERVICE", 1, "FIELD_DISPATCH", null, null,
                    responded, outcomes[scope], models);
        }
        if (priority == 0) {
            commitment(number, contractId, reported, week, "P1_REVIEW", 1, null, null, null,
                    reviewed ? closed : null, reviewed ? "KEPT" : null, models);
        }
        decisions.add(new Object[] {number, contractId, time(reported), "TRIAGE", time(reported), "triage", p,
                "Signals of the report", "critical operations down: " + (priority == 0), p, null, null,
                "incident v1, triage v1", 0L});
        decisions.add(new Object[] {number, contractId, time(reported), "COVERAGE", time(reported), "coverage",
                inWindow ? "WORK_NOW" : paged ? "PAGE_ON_CALL" : "QUEUE_FOR_WINDOW",
                inWindow ? "Inside the documented support window" : paged ? "After hours; P1 is covered"
                        : "After hours; this priority is not covered", "priority " + p, p, inWindow, "P1_ONLY",
                "incident v1, coverage v1", 0L});
        ownership.add(new Object[] {number, contractId, time(reported), "OWNER_ASSIGNED", time(reported), "system",
                null, "dispatcher", "Accountable owner: dispatcher, contract default"});
        for (int h = 0; h < handoffs; h++) {
            ownership.add(new Object[] {number, contractId, time(reported), "HANDED_OFF", time(responded), "helpdesk",
                    "dispatcher", "dispatcher", "Hand-off helpdesk -> engineering: needs a deeper look"});
        }
        if (ownerChanges > 0) {
            ownership.add(new Object[] {number, contractId, time(reported), "OWNER_CHANGED", time(responded),
                    "dispatcher", "dispatcher", "duty-manager", "Accountable owner dispatcher -> duty-manager: on leave"});
        }
    }

    private boolean whileVendor;

    private static void add(java.util.Set<Fact> facts, boolean holds, Fact fact) {
        if (holds) {
            facts.add(fact);
        }
    }

    private void commitment(long number, String contractId, Instant reported, LocalDate week, String kind, int seq,
            String subject, Integer target, Instant promised, Instant actual, String outcome, String models) {
        commitments.add(new Object[] {number, contractId, time(reported), Date.valueOf(week), kind, seq, subject,
                kind.toLowerCase().replace('_', ' ') + " as the contract promises", target, time(promised),
                time(actual), actual == null ? null : "done", outcome, whileVendor, 0L, models, time(reported)});
    }

    private void flush() {
        insert("insert into audit_incidents (incident_number, ticket, client_id, contract_id, contract_version, models,"
                + " channel, priority, highest_priority, state, scope_gap, owner, reported_at, reported_week,"
                + " response_due_at, responded_at, response_minutes, response_late_minutes, response_outcome,"
                + " resolution_due_at, resolved_at, resolution_late_minutes, resolution_outcome,"
                + " longest_silence_minutes, in_window, coverage_action, after_hours_pages, after_hours_queued,"
                + " after_hours_worked_now, paged_at, acknowledged_at, acknowledged_by, ack_minutes, ack_outcome,"
                + " page_escalations, owner_changes, handoffs, handoffs_owner_kept, vendor_cases, vendor_chases,"
                + " vendor_late, vendor_response_minutes, scoped_included, scoped_approved, scoped_refused,"
                + " scoped_not_offered, scoped_awaiting, review_required, review_due_at, reviewed_at, review_outcome,"
                + " closed_at, updated_at, flags) values (" + marks(54) + ")", incidents);
        insert("insert into audit_commitments (incident_number, contract_id, reported_at, reported_week, kind, seq,"
                + " subject, promise, target_minutes, promised_at, actual_at, actual, outcome, while_vendor,"
                + " contract_version, models, recorded_at) values (" + marks(17) + ")", commitments);
        insert("insert into audit_decisions (incident_number, contract_id, reported_at, kind, decided_at, decided_by,"
                + " outcome, reason, inputs, priority, in_window, after_hours_coverage, model, contract_version)"
                + " values (" + marks(14) + ")", decisions);
        insert("insert into audit_ownership (incident_number, contract_id, reported_at, kind, occurred_at, actor,"
                + " owner_before, owner_after, detail) values (" + marks(9) + ")", ownership);
    }

    private void insert(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(sql, rows, rows.size(), (PreparedStatement statement, Object[] row) -> {
            for (int i = 0; i < row.length; i++) {
                statement.setObject(i + 1, row[i]);
            }
        });
        rows.clear();
    }


    private static String marks(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Integer minutes(Instant from, Instant to) {
        return (int) Duration.between(from, to).toMinutes();
    }
}
