package io.servicedesk.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What a contract promises about monitoring alerts.
 *
 * @param acknowledgeMinutes      business minutes (inside the support window) a warning's owner has to
 *                                acknowledge it before it escalates to the duty manager
 * @param recurrenceCount         how many firings of the same alert on the same asset ...
 * @param recurrenceWindowDays    ... within this many days open a problem review, even when each cleared
 * @param reviewBusinessDays      business days until a problem review or a scope decision is due
 */
@Embeddable
public record AlertTerms(
        @Column(name = "alert_ack_minutes") int acknowledgeMinutes,
        @Column(name = "alert_recurrence_count") int recurrenceCount,
        @Column(name = "alert_recurrence_days") int recurrenceWindowDays,
        @Column(name = "alert_review_business_days") int reviewBusinessDays) {

    /** An hour to acknowledge; three firings in a week call for a review within five business days. */
    public static final AlertTerms DEFAULTS = new AlertTerms(60, 3, 7, 5);
}
