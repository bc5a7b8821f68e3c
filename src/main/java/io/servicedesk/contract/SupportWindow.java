package io.servicedesk.contract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The documented support window of a contract: weekly opening hours in the contract's zone, minus
 * holidays. A weekday missing from {@code weeklyHours} (or mapped to an empty list) is closed all
 * day, and so is every holiday.
 *
 * <p>The components are immutable copies, so a window can be shared and cached safely; the opening
 * hours of each day are sorted by opening time and must not overlap.
 */
public record SupportWindow(ZoneId zone, Map<DayOfWeek, List<OpeningHours>> weeklyHours, Set<LocalDate> holidays) {

    public SupportWindow {
        Objects.requireNonNull(zone, "A support window needs a zone");
        weeklyHours = immutableWeek(Objects.requireNonNull(weeklyHours, "A support window needs weekly hours"));
        holidays = Set.copyOf(Objects.requireNonNull(holidays, "A support window needs a set of holidays"));
    }

    /** Open 24 hours a day, seven days a week, no holidays. */
    public static SupportWindow aroundTheClock(ZoneId zone) {
        Map<DayOfWeek, List<OpeningHours>> everyDay = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            everyDay.put(day, List.of(OpeningHours.allDay()));
        }
        return new SupportWindow(zone, everyDay, Set.of());
    }

    /** The opening hours on a calendar date, in opening order; none on holidays. */
    public List<OpeningHours> hoursOn(LocalDate date) {
        if (holidays.contains(date)) {
            return List.of();
        }
        return weeklyHours.getOrDefault(date.getDayOfWeek(), List.of());
    }

    private static Map<DayOfWeek, List<OpeningHours>> immutableWeek(Map<DayOfWeek, List<OpeningHours>> hours) {
        Map<DayOfWeek, List<OpeningHours>> week = new EnumMap<>(DayOfWeek.class);
        hours.forEach((day, periods) -> {
            Objects.requireNonNull(day, "Weekly hours must not contain a null weekday");
            week.put(day, sortedWithoutOverlap(day, periods));
        });
        return Collections.unmodifiableMap(week);
    }

    private static List<OpeningHours> sortedWithoutOverlap(DayOfWeek day, List<OpeningHours> periods) {
        Objects.requireNonNull(periods, () -> "Opening hours of " + day + " must not be null");
        List<OpeningHours> sorted = periods.stream()
                .map(period -> Objects.requireNonNull(period, () -> "Opening hours of " + day + " contain null"))
                .sorted(Comparator.comparing(OpeningHours::opens))
                .toList();
        // Once sorted by opening time, any overlap shows up between neighbours.
        for (int i = 1; i < sorted.size(); i++) {
            OpeningHours earlier = sorted.get(i - 1);
            OpeningHours later = sorted.get(i);
            if (earlier.overlaps(later)) {
                throw new IllegalArgumentException(
                        "Opening hours " + earlier + " and " + later + " on " + day + " overlap");
            }
        }
        return sorted;
    }
}
