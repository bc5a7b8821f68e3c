package io.servicedesk.audit;

import io.servicedesk.platform.InvalidField;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Every figure of the contract-period report that counts tickets, with the condition that selects them:
 * the report counts with it and the drill-down lists with it, so a count and its tickets always agree.
 * Conditions are over {@code audit_incidents i}; {@code :now} is the time of the report.
 */
enum Figure {
    INCIDENTS("incidents", "Incidents reported in the period", "1 = 1"),
    PRIORITY_P1("priority-p1", "P1 incidents", "i.priority = 'P1'"),
    PRIORITY_P2("priority-p2", "P2 incidents", "i.priority = 'P2'"),
    PRIORITY_P3("priority-p3", "P3 incidents", "i.priority = 'P3'"),
    PRIORITY_P4("priority-p4", "P4 incidents", "i.priority = 'P4'"),
    UNTRIAGED("untriaged", "Incidents without a priority yet", "i.priority is null"),

    RESPONSE_KEPT("first-response-kept", "First response within target", "i.response_outcome = 'KEPT'"),
    RESPONSE_LATE("first-response-late", "First response after its target", "i.response_outcome = 'LATE'"),
    RESPONSE_MISSED("first-response-missed", "No first response by its target",
            "(i.response_outcome = 'MISSED' or (i.response_outcome is null and i.response_due_at < :now))"),
    RESPONSE_PENDING("first-response-pending", "First response not due yet",
            "i.response_outcome is null and i.response_due_at >= :now"),

    RESOLUTION_KEPT("resolution-kept", "Resolved within target", "i.resolution_outcome = 'KEPT'"),
    RESOLUTION_LATE("resolution-late", "Resolved after its target", "i.resolution_outcome = 'LATE'"),
    RESOLUTION_MISSED("resolution-missed", "Not resolved by its target",
            "(i.resolution_outcome = 'MISSED' or (i.resolution_outcome is null and i.resolution_due_at < :now))"),
    RESOLUTION_PENDING("resolution-pending", "Open, resolution not due yet",
            "i.resolution_outcome is null and i.resolution_due_at >= :now"),

    UPDATES_KEPT("updates-kept", "Tickets with client updates sent on time", updates("c.outcome = 'KEPT'")),
    UPDATES_LATE("updates-late", "Tickets with a client update sent late", updates("c.outcome = 'LATE'")),
    UPDATES_MISSED("updates-missed", "Tickets with a client update never sent",
            updates("(c.outcome = 'MISSED' or (c.outcome is null and c.promised_at < :now))")),
    LONGEST_SILENCE("longest-silence", "P1 incidents by the longest time the client heard nothing",
            "i.highest_priority = 'P1' and i.longest_silence_minutes is not null"),

    INSIDE_WINDOW("inside-window", "Reported inside the support window", "i.in_window = true"),
    OUTSIDE_WINDOW("outside-window", "Reported outside the support window", "i.in_window = false"),
    PAGED("paged", "After hours: on-call paged", "i.after_hours_pages > 0"),
    QUEUED("queued", "After hours: queued for the support window", "i.after_hours_queued > 0"),
    WORKED_NOW("worked-now", "After hours: worked at once without a page", "i.after_hours_worked_now > 0"),

    ACK_KEPT("page-acknowledged-in-time", "Page acknowledged within the timeout", "i.ack_outcome = 'KEPT'"),
    ACK_LATE("page-acknowledged-late", "Page acknowledged after the timeout", "i.ack_outcome = 'LATE'"),
    ACK_MISSED("page-not-acknowledged", "Page never acknowledged", "i.ack_outcome = 'MISSED'"),
    ACK_OPEN("page-waiting", "Page waiting for an acknowledgement",
            "i.paged_at is not null and i.ack_outcome is null"),
    PAGE_ESCALATED("page-escalated", "Page escalated (backup on-call, duty manager)", "i.page_escalations > 0"),

    OWNER_CHANGED("owner-changed", "Accountable owner changed (with a reason)", "i.owner_changes > 0"),
    HANDED_OFF("handed-off", "Handed off between teams", "i.handoffs > 0"),
    HANDOFF_CHANGED_OWNER("handoff-changed-owner", "A hand-off that changed the accountable owner",
            "i.handoffs > i.handoffs_owner_kept"),

    VENDOR("vendor", "Escalated to a vendor", "i.vendor_cases > 0"),
    VENDOR_CHASED("vendor-chased", "Vendor chased for an answer", "i.vendor_chases > 0"),
    VENDOR_LATE("vendor-late", "Vendor answered late or not at all", "i.vendor_late > 0"),

    SCOPED_INCLUDED("scoped-included", "Scoped service included in the contract: proceeded", "i.scoped_included > 0"),
    SCOPED_APPROVED("scoped-approved", "Separately scoped service approved by the client", "i.scoped_approved > 0"),
    SCOPED_REFUSED("scoped-refused", "Separately scoped service refused by the client", "i.scoped_refused > 0"),
    SCOPED_NOT_OFFERED("scoped-not-offered", "Scoped service not offered by the contract", "i.scoped_not_offered > 0"),
    SCOPED_AWAITING("scoped-awaiting", "Separately scoped service waiting for the client", "i.scoped_awaiting > 0"),

    SCOPE_GAP("scope-gap", "On a system outside the contract's scope", "i.scope_gap = true"),

    REVIEWS_REQUIRED("p1-reviews", "P1 incidents (each owes a post-incident review)", "i.review_required = true"),
    REVIEWS_DONE("p1-reviews-done", "Post-incident review done", "i.review_required = true and i.reviewed_at is not null"),
    REVIEWS_OPEN("p1-reviews-open", "Post-incident review not done yet",
            "i.review_required = true and i.reviewed_at is null"),
    REVIEWS_LATE("p1-reviews-late", "Post-incident review after its due date",
            "(i.review_outcome = 'LATE' or (i.review_required = true and i.reviewed_at is null "
                    + "and i.review_due_at < :now))");

    private final String id;
    private final String title;
    private final String condition;

    Figure(String id, String title, String condition) {
        this.id = id;
        this.title = title;
        this.condition = condition;
    }

    private static String updates(String outcome) {
        return "exists (select 1 from audit_commitments c where c.incident_number = i.incident_number "
                + "and c.kind = 'CLIENT_UPDATE' and " + outcome + ")";
    }

    String id() {
        return id;
    }

    String title() {
        return title;
    }

    String condition() {
        return condition;
    }

    /** Counted per row in the report's one pass over the period (the client-update figures are counted per update). */
    boolean countedPerIncident() {
        return !condition.startsWith("exists");
    }

    /** The column this figure's count has in the report's query. */
    String column() {
        return name().toLowerCase();
    }

    static Figure of(String id) {
        return Arrays.stream(values()).filter(figure -> figure.id.equals(id)).findFirst()
                .orElseThrow(() -> new InvalidField("figure", "Unknown figure '" + id + "'; one of "
                        + Arrays.stream(values()).map(Figure::id).collect(Collectors.joining(", "))));
    }
}
