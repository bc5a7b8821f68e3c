package io.servicedesk.contract;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Answers when a contract's support window is open, and does business-time arithmetic on it.
 *
 * <p>Every question is evaluated in the window's own zone: an {@link Instant} carries no zone, and the
 * support promise is made in the contract's wall-clock time, whoever asks from wherever. Opening
 * times are inclusive, closing times exclusive. Durations are real elapsed time, so a business day
 * that spans a daylight-saving change is an hour shorter or longer than its wall-clock hours suggest.
 */
@Component
public class SupportCalendar {

    /** How far the calendar looks for an opening (or a closing) before it concludes there is none. */
    static final int SEARCH_HORIZON_YEARS = 3;

    public boolean isOpen(SupportWindow window, Instant at) {
        OpeningWalk walk = new OpeningWalk(window, at);
        // The walk clips intervals to start no earlier than `at`, so one containing `at` starts exactly there.
        return walk.peekUntil(walk.dayOf(at).plusDays(1))
                .map(open -> open.start().equals(at))
                .orElse(false);
    }

    /** The instant the window next opens: {@code from} itself when the window is open at {@code from}. */
    public Instant nextOpening(SupportWindow window, Instant from) {
        return new OpeningWalk(window, from).next().start();
    }

    /**
     * The instant the window next closes at or after {@code from} (when open), or the close of the next
     * opening if closed. Back-to-back periods (12:00-13:00 then 13:00-17:00, or 22:00-24:00 then
     * 00:00-06:00 the next day) leave the window open, so they count as one.
     *
     * @throws IllegalStateException if the window never opens, or never closes, within the search horizon
     */
    public Instant nextClosing(SupportWindow window, Instant from) {
        OpeningWalk walk = new OpeningWalk(window, from);
        LocalDate giveUpAfter = walk.dayOf(from).plusYears(SEARCH_HORIZON_YEARS);
        Instant closes = walk.next().end();
        Optional<Interval> adjoining;
        while ((adjoining = walk.nextStartingAt(closes)).isPresent()) {
            closes = adjoining.get().end();
            if (walk.dayOf(closes).isAfter(giveUpAfter)) {
                throw new IllegalStateException("Support window in " + window.zone() + " does not close within "
                        + SEARCH_HORIZON_YEARS + " years after " + from + "; it is open around the clock");
            }
        }
        return closes;
    }

    /**
     * The instant that lies {@code minutes} business minutes (minutes inside the window) after
     * {@code from}. Zero minutes give {@link #nextOpening}. Work that exactly fills the rest of a period
     * ends at its closing time, not at the next opening.
     */
    public Instant addBusinessMinutes(SupportWindow window, Instant from, long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("Business minutes must not be negative, got " + minutes);
        }
        OpeningWalk walk = new OpeningWalk(window, from);
        Duration remaining = Duration.ofMinutes(minutes);
        Interval open = walk.next();
        while (remaining.compareTo(open.length()) > 0) {
            remaining = remaining.minus(open.length());
            open = walk.next();
        }
        return open.start().plus(remaining);
    }

    /**
     * Business minutes inside the window between two instants, for reporting response times; 0 if
     * {@code to} is not after {@code from}. Seconds left over are dropped, reports count whole minutes.
     */
    public long businessMinutesBetween(SupportWindow window, Instant from, Instant to) {
        Objects.requireNonNull(to, "to");
        OpeningWalk walk = new OpeningWalk(window, from);
        if (!to.isAfter(from)) {
            return 0;
        }
        LocalDate lastDay = walk.dayOf(to).plusDays(1);
        Duration total = Duration.ZERO;
        Optional<Interval> open;
        while ((open = walk.nextUntil(lastDay)).isPresent() && open.get().start().isBefore(to)) {
            total = total.plus(open.get().endingNoLaterThan(to).length());
        }
        return total.toMinutes();
    }

    /** A stretch of real time during which the window is open: start inclusive, end exclusive. */
    private record Interval(Instant start, Instant end) {

        Duration length() {
            return Duration.between(start, end);
        }

        Interval endingNoLaterThan(Instant limit) {
            return end.isAfter(limit) ? new Interval(start, limit) : this;
        }
    }

    /**
     * Walks the opening intervals of a window in time order, day by day, from a given instant on.
     *
     * <p>Intervals are clipped so that none starts before that instant, nor before the previous one
     * ends. The latter matters only on a spring-forward day, where a closing time in the gap is pushed
     * past the next period's opening (00:00-02:30 and 03:00-05:00 in Los Angeles); clipping keeps such
     * minutes from being counted twice. Periods squeezed to nothing by the gap are skipped.
     */
    private static final class OpeningWalk {

        private final SupportWindow window;
        private final Instant from;
        private final Deque<Interval> ahead = new ArrayDeque<>();
        private LocalDate nextDay;
        private Instant frontier;

        OpeningWalk(SupportWindow window, Instant from) {
            this.window = Objects.requireNonNull(window, "window");
            this.from = Objects.requireNonNull(from, "from");
            this.frontier = from;
            // A day early, so a period still running at `from` is not missed whatever the zone does around midnight.
            this.nextDay = dayOf(from).minusDays(1);
        }

        LocalDate dayOf(Instant instant) {
            return LocalDate.ofInstant(instant, window.zone());
        }

        /** The next interval; the horizon restarts with every interval, so long sums stay possible. */
        Interval next() {
            LocalDate giveUpAfter = dayOf(frontier).plusYears(SEARCH_HORIZON_YEARS);
            return nextUntil(giveUpAfter).orElseThrow(() -> new IllegalStateException(
                    "Support window in " + window.zone() + " does not open within " + SEARCH_HORIZON_YEARS
                            + " years after " + frontier + " (" + from + " was asked); are all days closed?"));
        }

        /** The next interval, if it belongs to a day no later than {@code lastDay}. */
        Optional<Interval> nextUntil(LocalDate lastDay) {
            Optional<Interval> open = peekUntil(lastDay);
            open.ifPresent(taken -> ahead.poll());
            return open;
        }

        /** The next interval, only if it starts exactly at {@code instant}. */
        Optional<Interval> nextStartingAt(Instant instant) {
            Optional<Interval> open = peekUntil(dayOf(instant).plusDays(1))
                    .filter(candidate -> candidate.start().equals(instant));
            open.ifPresent(taken -> ahead.poll());
            return open;
        }

        Optional<Interval> peekUntil(LocalDate lastDay) {
            while (ahead.isEmpty() && !nextDay.isAfter(lastDay)) {
                enqueueOpeningsOf(nextDay);
                nextDay = nextDay.plusDays(1);
            }
            return Optional.ofNullable(ahead.peek());
        }

        private void enqueueOpeningsOf(LocalDate day) {
            for (OpeningHours hours : window.hoursOn(day)) {
                Instant opens = later(hours.opensOn(day, window.zone()), frontier);
                Instant closes = hours.closesOn(day, window.zone());
                if (opens.isBefore(closes)) {
                    ahead.add(new Interval(opens, closes));
                    frontier = closes;
                }
            }
        }

        private static Instant later(Instant a, Instant b) {
            return a.isAfter(b) ? a : b;
        }
    }

    /**
     * The close of business on the {@code days}-th business day after the day of {@code from} (a day
     * with opening hours that is no holiday): "closes by itself after 3 business days".
     */
    public Instant addBusinessDays(SupportWindow window, Instant from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("Business days must not be negative: " + days);
        }
        java.time.LocalDate day = from.atZone(window.zone()).toLocalDate();
        java.time.LocalDate giveUpAfter = day.plusYears(SEARCH_HORIZON_YEARS);
        int counted = 0;
        while (counted < days || window.hoursOn(day).isEmpty()) {
            day = day.plusDays(1);
            if (day.isAfter(giveUpAfter)) {
                throw new IllegalStateException("The support window has no business day within "
                        + SEARCH_HORIZON_YEARS + " years after " + from);
            }
            if (!window.hoursOn(day).isEmpty()) {
                counted++;
            }
        }
        OpeningHours last = window.hoursOn(day).get(window.hoursOn(day).size() - 1);
        return last.closesAtEndOfDay() ? day.plusDays(1).atStartOfDay(window.zone()).toInstant()
                : java.time.ZonedDateTime.of(day, last.closes(), window.zone()).toInstant();
    }
}
