package io.servicedesk.audit;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an incident's evidence shows, one bit each of {@code audit_incidents.flags}: the report counts incidents
 * by these bits from an index alone, so a year of a large contract is counted without reading its rows. The
 * bit numbers are stored: never reuse or renumber one, add new facts with new numbers.
 */
enum Fact {
    RESPONSE_KEPT(0), RESPONSE_LATE(1), RESPONSE_MISSED(2), RESPONSE_OPEN(3),
    RESOLUTION_KEPT(4), RESOLUTION_LATE(5), RESOLUTION_MISSED(6), RESOLUTION_OPEN(7),
    INSIDE_WINDOW(8), OUTSIDE_WINDOW(9), PAGED(10), QUEUED(11), WORKED_NOW(12),
    ACK_KEPT(13), ACK_LATE(14), ACK_MISSED(15), ACK_OPEN(16), PAGE_ESCALATED(17),
    OWNER_CHANGED(18), HANDED_OFF(19), HANDOFF_CHANGED_OWNER(20),
    VENDOR(21), VENDOR_CHASED(22), VENDOR_LATE(23),
    SCOPED_INCLUDED(24), SCOPED_APPROVED(25), SCOPED_REFUSED(26), SCOPED_NOT_OFFERED(27), SCOPED_AWAITING(28),
    SCOPE_GAP(29),
    REVIEW_REQUIRED(30), REVIEW_DONE(31), REVIEW_OPEN(32), REVIEW_LATE(33),
    LONGEST_SILENCE(34);

    private final int bit;

    Fact(int bit) {
        this.bit = bit;
    }

    long mask() {
        return 1L << bit;
    }

    boolean in(long flags) {
        return (flags & mask()) != 0;
    }

    /** The SQL test of this bit, the same on H2 and PostgreSQL (no bit operators there are alike). */
    String sql() {
        return "mod(i.flags / " + mask() + ", 2) = 1";
    }

    static long flags(Set<Fact> facts) {
        return facts.stream().mapToLong(Fact::mask).reduce(0, (a, b) -> a | b);
    }

    static Set<Fact> of(long flags) {
        Set<Fact> facts = EnumSet.noneOf(Fact.class);
        for (Fact fact : values()) {
            if (fact.in(flags)) {
                facts.add(fact);
            }
        }
        return facts;
    }
}
