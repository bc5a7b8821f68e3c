package io.servicedesk.audit;

import io.servicedesk.platform.InvalidField;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Every figure of the contract-period report that counts tickets: the report counts with it (from the facts
 * of each incident) and the drill-down lists with it (the same facts in SQL), so a count and its tickets always
 * agree. A figure holds for an incident with any of its facts, or with its open fact once (or while not yet)
 * its due time has passed.
 */
enum Figure {
    INCIDENTS("incidents", "Incidents reported in the period"),
    PRIORITY_P1("priority-p1", "P1 incidents", "P1"),
    PRIORITY_P2("priority-p2", "P2 incidents", "P2"),
    PRIORITY_P3("priority-p3", "P3 incidents", "P3"),
    PRIORITY_P4("priority-p4", "P4 incidents", "P4"),
    UNTRIAGED("untriaged", "Incidents without a priority yet", ""),

    RESPONSE_KEPT("first-response-kept", "First response within target", Fact.RESPONSE_KEPT),
    RESPONSE_LATE("first-response-late", "First response after its target", Fact.RESPONSE_LATE),
    RESPONSE_MISSED("first-response-missed", "No first response by its target", Fact.RESPONSE_MISSED,
            Fact.RESPONSE_OPEN, Due.RESPONSE, true),
    RESPONSE_PENDING("first-response-pending", "First response not due yet", null, Fact.RESPONSE_OPEN,
            Due.RESPONSE, false),

    RESOLUTION_KEPT("resolution-kept", "Resolved within target", Fact.RESOLUTION_KEPT),
    RESOLUTION_LATE("resolution-late", "Resolved after its target", Fact.RESOLUTION_LATE),
    RESOLUTION_MISSED("resolution-missed", "Not resolved by its target", Fact.RESOLUTION_MISSED,
            Fact.RESOLUTION_OPEN, Due.RESOLUTION, true),
    RESOLUTION_PENDING("resolution-pending", "Open, resolution not due yet", null, Fact.RESOLUTION_OPEN,
            Due.RESOLUTION, false),

    UPDATES_KEPT("updates-kept", "Tickets with client updates sent on time", Update.KEPT),
    UPDATES_LATE("updates-late", "Tickets with a client update sent late", Update.LATE),
    UPDATES_MISSED("updates-missed", "Tickets with a client update never sent", Update.MISSED),
    LONGEST_SILENCE("longest-silence", "P1 incidents by the longest time the client heard nothing",
            Fact.LONGEST_SILENCE),

    INSIDE_WINDOW("inside-window", "Reported inside the support window", Fact.INSIDE_WINDOW),
    OUTSIDE_WINDOW("outside-window", "Reported outside the support window", Fact.OUTSIDE_WINDOW),
    PAGED("paged", "After hours: on-call paged", Fact.PAGED),
    QUEUED("queued", "After hours: queued for the support window", Fact.QUEUED),
    WORKED_NOW("worked-now", "After hours: worked at once without a page", Fact.WORKED_NOW),

    ACK_KEPT("page-acknowledged-in-time", "Page acknowledged within the timeout", Fact.ACK_KEPT),
    ACK_LATE("page-acknowledged-late", "Page acknowledged after the timeout", Fact.ACK_LATE),
    ACK_MISSED("page-not-acknowledged", "Page never acknowledged", Fact.ACK_MISSED),
    ACK_OPEN("page-waiting", "Page waiting for an acknowledgement", Fact.ACK_OPEN),
    PAGE_ESCALATED("page-escalated", "Page escalated (backup on-call, duty manager)", Fact.PAGE_ESCALATED),

    OWNER_CHANGED("owner-changed", "Accountable owner changed (with a reason)", Fact.OWNER_CHANGED),
    HANDED_OFF("handed-off", "Handed off between teams", Fact.HANDED_OFF),
    HANDOFF_CHANGED_OWNER("handoff-changed-owner", "A hand-off that changed the accountable owner",
            Fact.HANDOFF_CHANGED_OWNER),

    VENDOR("vendor", "Escalated to a vendor", Fact.VENDOR),
    VENDOR_CHASED("vendor-chased", "Vendor chased for an answer", Fact.VENDOR_CHASED),
    VENDOR_LATE("vendor-late", "Vendor answered late or not at all", Fact.VENDOR_LATE),

    SCOPED_INCLUDED("scoped-included", "Scoped service included in the contract: proceeded", Fact.SCOPED_INCLUDED),
    SCOPED_APPROVED("scoped-approved", "Separately scoped service approved by the client", Fact.SCOPED_APPROVED),
    SCOPED_REFUSED("scoped-refused", "Separately scoped service refused by the client", Fact.SCOPED_REFUSED),
    SCOPED_NOT_OFFERED("scoped-not-offered", "Scoped service not offered by the contract", Fact.SCOPED_NOT_OFFERED),
    SCOPED_AWAITING("scoped-awaiting", "Separately scoped service waiting for the client", Fact.SCOPED_AWAITING),

    SCOPE_GAP("scope-gap", "On a system outside the contract's scope", Fact.SCOPE_GAP),

    REVIEWS_REQUIRED("p1-reviews", "P1 incidents (each owes a post-incident review)", Fact.REVIEW_REQUIRED),
    REVIEWS_DONE("p1-reviews-done", "Post-incident review done", Fact.REVIEW_DONE),
    REVIEWS_OPEN("p1-reviews-open", "Post-incident review not done yet", Fact.REVIEW_OPEN),
    REVIEWS_LATE("p1-reviews-late", "Post-incident review after its due date", Fact.REVIEW_LATE,
            Fact.REVIEW_OPEN, Due.REVIEW, true);

    /** The due times that make an open promise missed once they pass. */
    enum Due {
        RESPONSE("response_due_at"), RESOLUTION("resolution_due_at"), REVIEW("review_due_at");

        final String column;

        Due(String column) {
            this.column = column;
        }
    }

    /** Client-update figures list the tickets with at least one such update (updates are counted one by one). */
    enum Update {
        KEPT("c.outcome = 'KEPT'"), LATE("c.outcome = 'LATE'"),
        MISSED("(c.outcome = 'MISSED' or (c.outcome is null and c.promised_at < :now))");

        final String condition;

        Update(String condition) {
            this.condition = condition;
        }
    }

    private final String id;
    private final String title;
    private final String priority;
    private final Fact fact;
    private final Fact open;
    private final Due due;
    private final boolean passed;
    private final Update update;

    Figure(String id, String title) {
        this(id, title, null, null, null, null, false, null);
    }

    Figure(String id, String title, String priority) {
        this(id, title, priority, null, null, null, false, null);
    }

    Figure(String id, String title, Fact fact) {
        this(id, title, null, fact, null, null, false, null);
    }

    Figure(String id, String title, Fact fact, Fact open, Due due, boolean passed) {
        this(id, title, null, fact, open, due, passed, null);
    }

    Figure(String id, String title, Update update) {
        this(id, title, null, null, null, null, false, update);
    }

    Figure(String id, String title, String priority, Fact fact, Fact open, Due due, boolean passed, Update update) {
        this.id = id;
        this.title = title;
        this.priority = priority;
        this.fact = fact;
        this.open = open;
        this.due = due;
        this.passed = passed;
        this.update = update;
    }

    String id() {
        return id;
    }

    String title() {
        return title;
    }

    /** Counted from the incidents' facts; the client-update figures are counted from the updates instead. */
    boolean countedPerIncident() {
        return update == null;
    }

    /** How many incidents alike in facts and priority, of a due time that has passed or is ahead. */
    interface DueCount {
        long of(Due due, boolean passed);
    }

    /**
     * How many of {@code incidents} alike in facts and priority count: an open promise counts as missed once its
     * due time has passed and as pending while it is ahead; without a due time it is neither (as in SQL).
     */
    long count(long flags, String incidentPriority, long incidents, DueCount dueCount) {
        if (priority != null) {
            return (priority.isEmpty() ? incidentPriority == null : priority.equals(incidentPriority)) ? incidents : 0;
        }
        if (fact == null && open == null) {
            return incidents;
        }
        if (fact != null && fact.in(flags)) {
            return incidents;
        }
        if (open != null && open.in(flags)) {
            return dueCount.of(due, passed);
        }
        return 0;
    }

    /** The same condition in SQL over {@code audit_incidents i}; {@code :now} is the time of the report. */
    String condition() {
        if (update != null) {
            return "i.incident_number in (select c.incident_number from audit_commitments c"
                    + " where c.contract_id = :contract and c.kind = 'CLIENT_UPDATE'"
                    + " and c.reported_at >= :start and c.reported_at < :end and " + update.condition + ")";
        }
        if (priority != null) {
            return priority.isEmpty() ? "i.priority is null" : "i.priority = '" + priority + "'";
        }
        if (fact == null && open == null) {
            return "1 = 1";
        }
        String openCondition = open == null ? null : "(" + open.sql() + " and i." + due.column
                + (passed ? " < :now" : " >= :now") + ")";
        return fact == null ? openCondition : openCondition == null ? fact.sql()
                : "(" + fact.sql() + " or " + openCondition + ")";
    }

    static Figure of(String id) {
        return Arrays.stream(values()).filter(figure -> figure.id.equals(id)).findFirst()
                .orElseThrow(() -> new InvalidField("figure", "Unknown figure '" + id + "'; one of "
                        + Arrays.stream(values()).map(Figure::id).collect(Collectors.joining(", "))));
    }
}
