package io.servicedesk.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One contiguous opening period of a day, in the contract's wall-clock time: open from {@code opens}
 * (inclusive) until {@code closes} (exclusive).
 *
 * <p>{@code LocalTime} cannot express 24:00, so a closing time of {@link LocalTime#MIDNIGHT} stands
 * for the end of the day: {@code 22:00-00:00} is open until midnight, {@code 00:00-00:00} all day.
 */
public record OpeningHours(LocalTime opens, LocalTime closes) {

    private static final long END_OF_DAY_NANOS = LocalTime.MAX.toNanoOfDay() + 1;

    public OpeningHours {
        Objects.requireNonNull(opens, "Opening hours need an opening time");
        Objects.requireNonNull(closes, "Opening hours need a closing time");
        if (!closes.equals(LocalTime.MIDNIGHT) && !opens.isBefore(closes)) {
            throw new IllegalArgumentException("Opening hours must open before they close, got "
                    + describe(opens, closes) + " (use 00:00 as closing time for 24:00)");
        }
    }

    /** The whole day, 00:00-24:00. */
    public static OpeningHours allDay() {
        return new OpeningHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
    }

    public boolean closesAtEndOfDay() {
        return closes.equals(LocalTime.MIDNIGHT);
    }

    boolean overlaps(OpeningHours other) {
        return opens.toNanoOfDay() < other.closesNanoOfDay() && other.opens.toNanoOfDay() < closesNanoOfDay();
    }

    /**
     * The instant these hours open on {@code day}. A wall time in a spring-forward gap maps forward
     * by the length of the gap, as {@link ZonedDateTime#of} does; in a fall-back overlap the earlier
     * offset wins, so the period starts at the first occurrence of the wall time.
     */
    Instant opensOn(LocalDate day, ZoneId zone) {
        return ZonedDateTime.of(day, opens, zone).toInstant();
    }

    /** The instant these hours close on {@code day}; the start of the next day when closing at 24:00. */
    Instant closesOn(LocalDate day, ZoneId zone) {
        LocalDate closingDay = closesAtEndOfDay() ? day.plusDays(1) : day;
        return ZonedDateTime.of(closingDay, closes, zone).toInstant();
    }

    private long closesNanoOfDay() {
        return closesAtEndOfDay() ? END_OF_DAY_NANOS : closes.toNanoOfDay();
    }

    @Override
    public String toString() {
        return describe(opens, closes);
    }

    private static String describe(LocalTime opens, LocalTime closes) {
        return opens + "-" + (LocalTime.MIDNIGHT.equals(closes) ? "24:00" : closes);
    }
}
