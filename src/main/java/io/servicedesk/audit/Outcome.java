package io.servicedesk.audit;

import java.time.Duration;
import java.time.Instant;

/** What became of a timed promise. An open promise has no outcome yet (null): pending, or overdue once due. */
enum Outcome {
    KEPT, LATE, MISSED;

    static Outcome of(Instant promised, Instant actual) {
        if (actual == null) {
            return null;
        }
        return promised == null || !actual.isAfter(promised) ? KEPT : LATE;
    }

    /** Whole minutes from one instant to another, negative when early; null when either is unknown. */
    static Integer minutes(Instant from, Instant to) {
        return from == null || to == null ? null : (int) Duration.between(from, to).toMinutes();
    }
}
