package io.servicedesk.contract;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/*
 * Dates used throughout: 2026-01-05 is a Monday, 2026-01-09 a Friday. Daylight saving in 2026:
 * Los Angeles springs forward on 2026-03-08 and falls back on 2026-11-01, Berlin on 2026-03-29 and
 * 2026-10-25 (all Sundays).
 */
class SupportCalendarTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    /** Mon-Fri 08:00-17:00 in Berlin. */
    private static final SupportWindow OFFICE_HOURS = window(BERLIN, weekdays(hours("08:00", "17:00")));

    /** Mon-Fri 08:00-12:00 and 13:00-17:00 in Berlin. */
    private static final SupportWindow WITH_LUNCH_BREAK =
            window(BERLIN, weekdays(hours("08:00", "12:00"), hours("13:00", "17:00")));

    private final SupportCalendar calendar = new SupportCalendar();

    @Nested
    class OpeningHoursValidation {

        @Test
        void rejectsHoursThatCloseBeforeTheyOpen() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> hours("17:00", "08:00"))
                    .withMessageContaining("must open before they close")
                    .withMessageContaining("17:00-08:00");
        }

        @Test
        void rejectsHoursThatCloseWhenTheyOpen() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> hours("08:00", "08:00"))
                    .withMessageContaining("08:00-08:00");
        }

        @Test
        void rejectsMissingTimes() {
            assertThatNullPointerException()
                    .isThrownBy(() -> new OpeningHours(null, LocalTime.NOON))
                    .withMessageContaining("opening time");
            assertThatNullPointerException()
                    .isThrownBy(() -> new OpeningHours(LocalTime.NOON, null))
                    .withMessageContaining("closing time");
        }

        @Test
        void acceptsMidnightAsClosingTimeMeaningEndOfDay() {
            OpeningHours evening = new OpeningHours(LocalTime.of(22, 0), LocalTime.MIDNIGHT);

            assertThat(evening.closesAtEndOfDay()).isTrue();
            assertThat(evening).hasToString("22:00-24:00");
        }

        @Test
        void allDayRunsFromMidnightToMidnight() {
            assertThat(OpeningHours.allDay()).isEqualTo(new OpeningHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
            assertThat(OpeningHours.allDay()).hasToString("00:00-24:00");
        }
    }

    @Nested
    class SupportWindowValidation {

        @Test
        void rejectsOverlappingPeriodsOnADay() {
            Map<DayOfWeek, List<OpeningHours>> overlapping =
                    Map.of(MONDAY, List.of(hours("08:00", "12:00"), hours("11:00", "13:00")));

            assertThatIllegalArgumentException()
                    .isThrownBy(() -> window(BERLIN, overlapping))
                    .withMessage("Opening hours 08:00-12:00 and 11:00-13:00 on MONDAY overlap");
        }

        @Test
        void rejectsPeriodsOverlappingOneThatRunsToMidnight() {
            Map<DayOfWeek, List<OpeningHours>> overlapping =
                    Map.of(FRIDAY, List.of(hours("23:00", "23:30"), hours("22:00", "24:00")));

            assertThatIllegalArgumentException()
                    .isThrownBy(() -> window(BERLIN, overlapping))
                    .withMessageContaining("22:00-24:00 and 23:00-23:30 on FRIDAY overlap");
        }

        @Test
        void rejectsTheSamePeriodTwice() {
            Map<DayOfWeek, List<OpeningHours>> twice = Map.of(MONDAY, List.of(hours("08:00", "17:00"), hours("08:00", "17:00")));

            assertThatIllegalArgumentException().isThrownBy(() -> window(BERLIN, twice));
        }

        @Test
        void acceptsBackToBackPeriodsAndSortsThemByOpeningTime() {
            SupportWindow window = window(BERLIN, Map.of(MONDAY, List.of(hours("12:00", "17:00"), hours("08:00", "12:00"))));

            assertThat(window.weeklyHours().get(MONDAY)).containsExactly(hours("08:00", "12:00"), hours("12:00", "17:00"));
        }

        @Test
        void rejectsMissingComponents() {
            assertThatNullPointerException().isThrownBy(() -> new SupportWindow(null, Map.of(), Set.of()));
            assertThatNullPointerException().isThrownBy(() -> new SupportWindow(BERLIN, null, Set.of()));
            assertThatNullPointerException().isThrownBy(() -> new SupportWindow(BERLIN, Map.of(), null));
        }

        @Test
        void keepsItsOwnCopiesOfTheInputs() {
            List<OpeningHours> monday = new ArrayList<>(List.of(hours("08:00", "17:00")));
            Map<DayOfWeek, List<OpeningHours>> week = new HashMap<>(Map.of(MONDAY, monday));
            Set<LocalDate> holidays = new HashSet<>(Set.of(LocalDate.parse("2026-01-06")));
            SupportWindow window = new SupportWindow(BERLIN, week, holidays);

            monday.add(hours("18:00", "19:00"));
            week.put(TUESDAY, List.of(hours("08:00", "17:00")));
            holidays.add(LocalDate.parse("2026-01-05"));

            assertThat(window.weeklyHours()).containsOnlyKeys(MONDAY);
            assertThat(window.weeklyHours().get(MONDAY)).containsExactly(hours("08:00", "17:00"));
            assertThat(window.holidays()).containsExactly(LocalDate.parse("2026-01-06"));
        }

        @Test
        void cannotBeModifiedThroughItsAccessors() {
            SupportWindow window = new SupportWindow(BERLIN, weekdays(hours("08:00", "17:00")), Set.of(LocalDate.parse("2026-01-06")));

            assertThatThrownBy(() -> window.weeklyHours().put(SUNDAY, List.of()))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> window.weeklyHours().get(MONDAY).add(hours("18:00", "19:00")))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> window.holidays().add(LocalDate.parse("2026-01-07")))
                    .isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void hasNoHoursOnMissingWeekdaysNorOnHolidays() {
            SupportWindow window = new SupportWindow(BERLIN, weekdays(hours("08:00", "17:00")), Set.of(LocalDate.parse("2026-01-06")));

            assertThat(window.hoursOn(LocalDate.parse("2026-01-05"))).containsExactly(hours("08:00", "17:00"));
            assertThat(window.hoursOn(LocalDate.parse("2026-01-06"))).isEmpty();
            assertThat(window.hoursOn(LocalDate.parse("2026-01-11"))).isEmpty();
        }

        @Test
        void aroundTheClockIsOpenAllDayEveryDayWithoutHolidays() {
            SupportWindow window = SupportWindow.aroundTheClock(LOS_ANGELES);

            assertThat(window.zone()).isEqualTo(LOS_ANGELES);
            assertThat(window.weeklyHours()).hasSize(7).allSatisfy((day, periods) -> assertThat(periods).containsExactly(OpeningHours.allDay()));
            assertThat(window.holidays()).isEmpty();
        }
    }

    @Nested
    class IsOpen {

        @Test
        void isClosedTheMinuteBeforeOpening() {
            assertThat(calendar.isOpen(OFFICE_HOURS, berlin("2026-01-05T07:59"))).isFalse();
        }

        @Test
        void isClosedTheLastNanosecondBeforeOpening() {
            assertThat(calendar.isOpen(OFFICE_HOURS, berlin("2026-01-05T07:59:59.999999999"))).isFalse();
        }

        @Test
        void opensAtEightOnMonday() {
            assertThat(calendar.isOpen(OFFICE_HOURS, berlin("2026-01-05T08:00"))).isTrue();
        }

        @Test
        void isOpenTheMinuteBeforeClosing() {
            assertThat(calendar.isOpen(OFFICE_HOURS, berlin("2026-01-05T16:59"))).isTrue();
        }

        @Test
        void isClosedAtClosingTime() {
            assertThat(calendar.isOpen(OFFICE_HOURS, berlin("2026-01-05T17:00"))).isFalse();
        }

        @Test
        void isClosedAtTheWeekend() {
            assertThat(calendar.isOpen(OFFICE_HOURS, berlin("2026-01-10T12:00"))).isFalse();
            assertThat(calendar.isOpen(OFFICE_HOURS, berlin("2026-01-11T12:00"))).isFalse();
        }

        @Test
        void isClosedAllDayOnAHoliday() {
            SupportWindow window = officeHoursWithHolidays("2026-01-07");

            assertThat(calendar.isOpen(window, berlin("2026-01-07T08:00"))).isFalse();
            assertThat(calendar.isOpen(window, berlin("2026-01-07T12:00"))).isFalse();
            assertThat(calendar.isOpen(window, berlin("2026-01-08T08:00"))).isTrue();
        }

        @Test
        void isClosedDuringTheLunchBreak() {
            assertThat(calendar.isOpen(WITH_LUNCH_BREAK, berlin("2026-01-05T11:59"))).isTrue();
            assertThat(calendar.isOpen(WITH_LUNCH_BREAK, berlin("2026-01-05T12:00"))).isFalse();
            assertThat(calendar.isOpen(WITH_LUNCH_BREAK, berlin("2026-01-05T12:59"))).isFalse();
            assertThat(calendar.isOpen(WITH_LUNCH_BREAK, berlin("2026-01-05T13:00"))).isTrue();
        }

        @Test
        void isOpenUntilMidnightWhenClosingAt24() {
            SupportWindow evenings = window(BERLIN, Map.of(MONDAY, List.of(hours("20:00", "24:00"))));

            assertThat(calendar.isOpen(evenings, berlin("2026-01-05T23:59:59"))).isTrue();
            assertThat(calendar.isOpen(evenings, berlin("2026-01-06T00:00"))).isFalse();
        }

        @Test
        void isOpenAtAnyTimeAroundTheClock() {
            SupportWindow always = SupportWindow.aroundTheClock(LOS_ANGELES);
            Instant start = Instant.parse("2026-03-05T00:00:00Z");

            for (int hour = 0; hour < 7 * 24; hour++) {
                assertThat(calendar.isOpen(always, start.plus(Duration.ofHours(hour)))).as("hour %d", hour).isTrue();
            }
        }
    }

    @Nested
    class NextOpening {

        @Test
        void isTheInstantItselfWhenOpen() {
            assertThat(calendar.nextOpening(OFFICE_HOURS, berlin("2026-01-05T10:00"))).isEqualTo(berlin("2026-01-05T10:00"));
        }

        @Test
        void isTheInstantItselfAtOpeningTime() {
            assertThat(calendar.nextOpening(OFFICE_HOURS, berlin("2026-01-05T08:00"))).isEqualTo(berlin("2026-01-05T08:00"));
        }

        @Test
        void isEightOClockWhenAskedEarlierThatDay() {
            assertThat(calendar.nextOpening(OFFICE_HOURS, berlin("2026-01-05T06:00"))).isEqualTo(berlin("2026-01-05T08:00"));
        }

        @Test
        void isMondayAtEightAfterFridayClose() {
            Instant mondayMorning = berlin("2026-01-12T08:00");

            assertThat(calendar.nextOpening(OFFICE_HOURS, berlin("2026-01-09T17:00"))).isEqualTo(mondayMorning);
            assertThat(calendar.nextOpening(OFFICE_HOURS, berlin("2026-01-09T20:00"))).isEqualTo(mondayMorning);
            assertThat(calendar.nextOpening(OFFICE_HOURS, berlin("2026-01-10T12:00"))).isEqualTo(mondayMorning);
        }

        @Test
        void isTuesdayAfterFridayEveningWhenMondayIsAHoliday() {
            SupportWindow window = officeHoursWithHolidays("2026-01-12");

            assertThat(calendar.nextOpening(window, berlin("2026-01-09T18:00"))).isEqualTo(berlin("2026-01-13T08:00"));
        }

        @Test
        void skipsHolidaysAndTheWeekendInARow() {
            SupportWindow christmas = officeHoursWithHolidays("2026-12-24", "2026-12-25");

            assertThat(calendar.nextOpening(christmas, berlin("2026-12-23T17:30"))).isEqualTo(berlin("2026-12-28T08:00"));
        }

        @Test
        void isTheEndOfTheLunchBreak() {
            assertThat(calendar.nextOpening(WITH_LUNCH_BREAK, berlin("2026-01-05T12:15"))).isEqualTo(berlin("2026-01-05T13:00"));
        }

        @Test
        void findsAWindowOpenOnlyOnceAWeek() {
            SupportWindow saturdays = window(BERLIN, Map.of(SATURDAY, List.of(hours("09:00", "12:00"))));

            assertThat(calendar.nextOpening(saturdays, berlin("2026-01-11T10:00"))).isEqualTo(berlin("2026-01-17T09:00"));
        }
    }

    @Nested
    class NextClosing {

        @Test
        void isTodaysClosingTimeWhenOpen() {
            assertThat(calendar.nextClosing(OFFICE_HOURS, berlin("2026-01-05T10:00"))).isEqualTo(berlin("2026-01-05T17:00"));
        }

        @Test
        void isTheCloseOfTheNextOpeningWhenClosed() {
            assertThat(calendar.nextClosing(OFFICE_HOURS, berlin("2026-01-05T07:00"))).isEqualTo(berlin("2026-01-05T17:00"));
            assertThat(calendar.nextClosing(OFFICE_HOURS, berlin("2026-01-09T18:00"))).isEqualTo(berlin("2026-01-12T17:00"));
        }

        @Test
        void isTheNextDaysCloseWhenAskedAtClosingTime() {
            assertThat(calendar.nextClosing(OFFICE_HOURS, berlin("2026-01-05T17:00"))).isEqualTo(berlin("2026-01-06T17:00"));
        }

        @Test
        void isTheStartOfTheLunchBreakInTheMorning() {
            assertThat(calendar.nextClosing(WITH_LUNCH_BREAK, berlin("2026-01-05T09:00"))).isEqualTo(berlin("2026-01-05T12:00"));
            assertThat(calendar.nextClosing(WITH_LUNCH_BREAK, berlin("2026-01-05T12:30"))).isEqualTo(berlin("2026-01-05T17:00"));
        }

        @Test
        void treatsBackToBackPeriodsAsOneOpening() {
            SupportWindow split = window(BERLIN, weekdays(hours("08:00", "12:00"), hours("12:00", "17:00")));

            assertThat(calendar.isOpen(split, berlin("2026-01-05T12:00"))).isTrue();
            assertThat(calendar.nextClosing(split, berlin("2026-01-05T09:00"))).isEqualTo(berlin("2026-01-05T17:00"));
        }

        @Test
        void staysOpenAcrossMidnightWhenTheNextDayOpensAtMidnight() {
            SupportWindow nightShift = window(BERLIN, Map.of(
                    MONDAY, List.of(hours("20:00", "24:00")),
                    TUESDAY, List.of(hours("00:00", "06:00"))));

            assertThat(calendar.nextClosing(nightShift, berlin("2026-01-05T21:00"))).isEqualTo(berlin("2026-01-06T06:00"));
        }

        @Test
        void throwsForAWindowThatNeverCloses() {
            assertThatIllegalStateException()
                    .isThrownBy(() -> calendar.nextClosing(SupportWindow.aroundTheClock(BERLIN), berlin("2026-01-05T10:00")))
                    .withMessageContaining("does not close");
        }
    }

    @Nested
    class AddBusinessMinutes {

        @Test
        void fridayHalfPastFourPlusAnHourIsMondayHalfPastEight() {
            assertThat(calendar.addBusinessMinutes(OFFICE_HOURS, berlin("2026-01-09T16:30"), 60))
                    .isEqualTo(berlin("2026-01-12T08:30"));
        }

        @Test
        void zeroMinutesIsTheNextOpening() {
            assertThat(calendar.addBusinessMinutes(OFFICE_HOURS, berlin("2026-01-10T10:00"), 0)).isEqualTo(berlin("2026-01-12T08:00"));
            assertThat(calendar.addBusinessMinutes(OFFICE_HOURS, berlin("2026-01-05T10:00"), 0)).isEqualTo(berlin("2026-01-05T10:00"));
        }

        @Test
        void endsAtClosingTimeWhenTheMinutesExactlyFillTheDay() {
            assertThat(calendar.addBusinessMinutes(OFFICE_HOURS, berlin("2026-01-05T16:00"), 60)).isEqualTo(berlin("2026-01-05T17:00"));
        }

        @Test
        void startsCountingAtTheNextOpeningWhenClosed() {
            assertThat(calendar.addBusinessMinutes(OFFICE_HOURS, berlin("2026-01-11T10:00"), 30)).isEqualTo(berlin("2026-01-12T08:30"));
        }

        @Test
        void spansSeveralDaysAndLunchBreaks() {
            // Monday 11-12 and 13-17 (300), all of Tuesday (480), then 220 of Wednesday's 240 morning minutes.
            assertThat(calendar.addBusinessMinutes(WITH_LUNCH_BREAK, berlin("2026-01-05T11:00"), 1000))
                    .isEqualTo(berlin("2026-01-07T11:40"));
        }

        @Test
        void skipsAHolidayOnFriday() {
            SupportWindow window = officeHoursWithHolidays("2026-01-09");

            assertThat(calendar.addBusinessMinutes(window, berlin("2026-01-08T16:00"), 120)).isEqualTo(berlin("2026-01-12T09:00"));
        }

        @Test
        void skipsAHolidayOnMonday() {
            SupportWindow window = officeHoursWithHolidays("2026-01-12");

            assertThat(calendar.addBusinessMinutes(window, berlin("2026-01-09T16:30"), 60)).isEqualTo(berlin("2026-01-13T08:30"));
        }

        @Test
        void keepsTheSecondsOfTheStartingInstant() {
            assertThat(calendar.addBusinessMinutes(OFFICE_HOURS, berlin("2026-01-05T08:00:30"), 1))
                    .isEqualTo(berlin("2026-01-05T08:01:30"));
        }

        @Test
        void endsOnTheLastBusinessDayAfterAYearOfWork() {
            // 52 weeks of five 540-minute days from Monday 2026-01-05 end on Friday 2027-01-01 at closing time.
            long yearOfWork = 52L * 5 * 540;

            assertThat(calendar.addBusinessMinutes(OFFICE_HOURS, berlin("2026-01-05T08:00"), yearOfWork))
                    .isEqualTo(berlin("2027-01-01T17:00"));
        }

        @Test
        void addsMoreThanTheSearchHorizonOnAWindowThatIsAlwaysOpen() {
            Instant from = Instant.parse("2026-01-01T00:00:00Z");
            long fourYears = Duration.ofDays(4 * 365).toMinutes();

            assertThat(calendar.addBusinessMinutes(SupportWindow.aroundTheClock(BERLIN), from, fourYears))
                    .isEqualTo(from.plus(Duration.ofDays(4 * 365)));
        }

        @Test
        void rejectsNegativeMinutes() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> calendar.addBusinessMinutes(OFFICE_HOURS, berlin("2026-01-05T10:00"), -1))
                    .withMessageContaining("must not be negative");
        }
    }

    @Nested
    class BusinessMinutesBetween {

        @Test
        void isZeroWhenToIsNotAfterFrom() {
            assertThat(calendar.businessMinutesBetween(OFFICE_HOURS, berlin("2026-01-05T10:00"), berlin("2026-01-05T10:00"))).isZero();
            assertThat(calendar.businessMinutesBetween(OFFICE_HOURS, berlin("2026-01-05T11:00"), berlin("2026-01-05T10:00"))).isZero();
        }

        @Test
        void countsMinutesWithinOneDay() {
            assertThat(calendar.businessMinutesBetween(OFFICE_HOURS, berlin("2026-01-05T09:00"), berlin("2026-01-05T10:30"))).isEqualTo(90);
        }

        @Test
        void countsOnlyOpenMinutesOverTheWeekend() {
            assertThat(calendar.businessMinutesBetween(OFFICE_HOURS, berlin("2026-01-09T16:30"), berlin("2026-01-12T08:30"))).isEqualTo(60);
        }

        @Test
        void isZeroWhenTheWindowStaysClosed() {
            assertThat(calendar.businessMinutesBetween(OFFICE_HOURS, berlin("2026-01-10T10:00"), berlin("2026-01-11T20:00"))).isZero();
        }

        @Test
        void countsAWholeWorkingWeek() {
            assertThat(calendar.businessMinutesBetween(OFFICE_HOURS, berlin("2026-01-05T00:00"), berlin("2026-01-12T00:00")))
                    .isEqualTo(5 * 540);
        }

        @Test
        void leavesOutLunchBreaksAndHolidays() {
            SupportWindow window = new SupportWindow(BERLIN, WITH_LUNCH_BREAK.weeklyHours(), Set.of(LocalDate.parse("2026-01-06")));

            // Monday 11-12 and 13-17, no Tuesday, Wednesday 08-09.
            assertThat(calendar.businessMinutesBetween(window, berlin("2026-01-05T11:00"), berlin("2026-01-07T09:00"))).isEqualTo(360);
        }

        @Test
        void dropsPartialMinutes() {
            assertThat(calendar.businessMinutesBetween(OFFICE_HOURS, berlin("2026-01-05T08:00"), berlin("2026-01-05T08:00:59"))).isZero();
            assertThat(calendar.businessMinutesBetween(OFFICE_HOURS, berlin("2026-01-05T08:00"), berlin("2026-01-05T08:01:59"))).isEqualTo(1);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.servicedesk.contract.SupportCalendarTest#windowsForRoundTrips")
        void agreesWithAddBusinessMinutes(String description, SupportWindow window) {
            List<Instant> starts = Stream.of(
                            "2026-01-09T16:30", "2026-01-10T10:00", "2026-01-05T07:00", "2026-01-05T11:59:30",
                            "2026-01-07T12:30", "2026-03-06T16:00", "2026-03-27T16:00", "2026-10-23T23:00", "2026-10-31T20:00")
                    .map(local -> LocalDateTime.parse(local).atZone(window.zone()).toInstant())
                    .toList();
            List<Long> amounts = List.of(0L, 1L, 59L, 60L, 239L, 240L, 241L, 480L, 1000L, 5000L, 20_000L);

            for (Instant from : starts) {
                for (long minutes : amounts) {
                    Instant due = calendar.addBusinessMinutes(window, from, minutes);
                    assertThat(calendar.businessMinutesBetween(window, from, due)).as("%s + %d", from, minutes).isEqualTo(minutes);
                    if (minutes > 0) {
                        // The last business minute counted lies inside the window.
                        assertThat(calendar.isOpen(window, due.minusNanos(1))).as("open before %s + %d", from, minutes).isTrue();
                    }
                }
            }
        }
    }

    @Nested
    class ContractWithDifferentHoursPerWeekday {

        /** Mon-Thu 08:00-17:00, Fri 08:00-13:00, Sat 09:00-12:00 in Berlin. */
        private final SupportWindow window = window(BERLIN, Map.of(
                MONDAY, List.of(hours("08:00", "17:00")),
                TUESDAY, List.of(hours("08:00", "17:00")),
                DayOfWeek.WEDNESDAY, List.of(hours("08:00", "17:00")),
                THURSDAY, List.of(hours("08:00", "17:00")),
                FRIDAY, List.of(hours("08:00", "13:00")),
                SATURDAY, List.of(hours("09:00", "12:00"))));

        @Test
        void isOpenAccordingToEachDaysHours() {
            assertThat(calendar.isOpen(window, berlin("2026-01-08T16:59"))).as("Thursday 16:59").isTrue();
            assertThat(calendar.isOpen(window, berlin("2026-01-09T12:59"))).as("Friday 12:59").isTrue();
            assertThat(calendar.isOpen(window, berlin("2026-01-09T13:00"))).as("Friday 13:00").isFalse();
            assertThat(calendar.isOpen(window, berlin("2026-01-09T16:00"))).as("Friday 16:00").isFalse();
            assertThat(calendar.isOpen(window, berlin("2026-01-10T09:00"))).as("Saturday 09:00").isTrue();
            assertThat(calendar.isOpen(window, berlin("2026-01-10T11:59"))).as("Saturday 11:59").isTrue();
            assertThat(calendar.isOpen(window, berlin("2026-01-10T12:00"))).as("Saturday 12:00").isFalse();
            assertThat(calendar.isOpen(window, berlin("2026-01-11T10:00"))).as("Sunday 10:00").isFalse();
        }

        @Test
        void opensOnSaturdayMorningAfterFridayAfternoon() {
            assertThat(calendar.nextOpening(window, berlin("2026-01-09T13:00"))).isEqualTo(berlin("2026-01-10T09:00"));
            assertThat(calendar.nextOpening(window, berlin("2026-01-10T12:00"))).isEqualTo(berlin("2026-01-12T08:00"));
        }

        @Test
        void closesAtEachDaysClosingTime() {
            assertThat(calendar.nextClosing(window, berlin("2026-01-09T09:00"))).isEqualTo(berlin("2026-01-09T13:00"));
            assertThat(calendar.nextClosing(window, berlin("2026-01-10T08:00"))).isEqualTo(berlin("2026-01-10T12:00"));
        }

        @Test
        void addsMinutesIntoTheShortFridayAndSaturday() {
            assertThat(calendar.addBusinessMinutes(window, berlin("2026-01-08T16:00"), 240)).isEqualTo(berlin("2026-01-09T11:00"));
            assertThat(calendar.addBusinessMinutes(window, berlin("2026-01-09T12:00"), 120)).isEqualTo(berlin("2026-01-10T10:00"));
        }

        @Test
        void countsAWeekOfDifferentDays() {
            assertThat(calendar.businessMinutesBetween(window, berlin("2026-01-05T00:00"), berlin("2026-01-12T00:00")))
                    .isEqualTo(4 * 540 + 300 + 180);
        }
    }

    @Nested
    class InstantFromAnotherZone {

        @Test
        void isEvaluatedInTheContractsZone() {
            // Monday 23:30 in Los Angeles is Tuesday 08:30 in Berlin.
            Instant lateMondayInLosAngeles = at(LOS_ANGELES, "2026-01-05T23:30");

            assertThat(lateMondayInLosAngeles).isEqualTo(berlin("2026-01-06T08:30"));
            assertThat(calendar.isOpen(OFFICE_HOURS, lateMondayInLosAngeles)).isTrue();
        }

        @Test
        void isClosedDuringOfficeHoursOfTheCallersZone() {
            // Monday 09:00 in Los Angeles is 18:00 in Berlin.
            assertThat(calendar.isOpen(OFFICE_HOURS, at(LOS_ANGELES, "2026-01-05T09:00"))).isFalse();
        }

        @Test
        void givesTheSameAnswersAsTheSameInstantInTheContractsZone() {
            Instant fridayMorningInLosAngeles = at(LOS_ANGELES, "2026-01-09T07:30");
            Instant sameInstantInBerlin = berlin("2026-01-09T16:30");

            assertThat(fridayMorningInLosAngeles).isEqualTo(sameInstantInBerlin);
            assertThat(calendar.addBusinessMinutes(OFFICE_HOURS, fridayMorningInLosAngeles, 60)).isEqualTo(berlin("2026-01-12T08:30"));
            assertThat(calendar.nextOpening(OFFICE_HOURS, at(LOS_ANGELES, "2026-01-09T10:00")))
                    .isEqualTo(Instant.parse("2026-01-12T07:00:00Z"));
            assertThat(calendar.nextClosing(OFFICE_HOURS, fridayMorningInLosAngeles)).isEqualTo(berlin("2026-01-09T17:00"));
        }
    }

    @Nested
    class DaylightSaving {

        @ParameterizedTest(name = "{0}: {1} + 120 min = {2}")
        @CsvSource({
            "America/Los_Angeles, 2026-03-08T01:00, 2026-03-08T11:00:00Z",
            "America/Los_Angeles, 2026-11-01T00:30, 2026-11-01T09:30:00Z",
            "Europe/Berlin,       2026-03-29T01:00, 2026-03-29T02:00:00Z",
            "Europe/Berlin,       2026-10-25T01:30, 2026-10-25T01:30:00Z"
        })
        void aroundTheClockAdds120MinutesOfRealTimeAcrossTheChange(ZoneId zone, LocalDateTime local, Instant expected) {
            Instant from = local.atZone(zone).toInstant();

            Instant due = calendar.addBusinessMinutes(SupportWindow.aroundTheClock(zone), from, 120);

            assertThat(due).isEqualTo(expected).isEqualTo(from.plus(Duration.ofMinutes(120)));
        }

        @Test
        void aroundTheClockShowsTheShiftedWallClockTime() {
            Instant due = calendar.addBusinessMinutes(
                    SupportWindow.aroundTheClock(LOS_ANGELES), at(LOS_ANGELES, "2026-03-08T01:00"), 120);

            // 01:00 PST plus two hours is 04:00 PDT: the clock skipped 02:00-03:00.
            assertThat(due.atZone(LOS_ANGELES).toLocalTime()).isEqualTo(LocalTime.of(4, 0));
        }

        @ParameterizedTest(name = "{0} on {1}: {2} minutes")
        @CsvSource({
            "Europe/Berlin,       2026-03-29, 1380",
            "Europe/Berlin,       2026-10-25, 1500",
            "America/Los_Angeles, 2026-03-08, 1380",
            "America/Los_Angeles, 2026-11-01, 1500",
            "Europe/Berlin,       2026-01-11, 1440"
        })
        void aWholeDayWindowLastsTheRealLengthOfTheDay(ZoneId zone, LocalDate sunday, long expectedMinutes) {
            SupportWindow sundays = window(zone, Map.of(SUNDAY, List.of(OpeningHours.allDay())));
            Instant saturdayNoon = sunday.minusDays(1).atTime(12, 0).atZone(zone).toInstant();
            Instant mondayNoon = sunday.plusDays(1).atTime(12, 0).atZone(zone).toInstant();
            Instant sundayStart = sunday.atStartOfDay(zone).toInstant();
            Instant mondayStart = sunday.plusDays(1).atStartOfDay(zone).toInstant();

            assertThat(calendar.businessMinutesBetween(sundays, saturdayNoon, mondayNoon)).isEqualTo(expectedMinutes);
            assertThat(calendar.nextOpening(sundays, saturdayNoon)).isEqualTo(sundayStart);
            assertThat(calendar.nextClosing(sundays, saturdayNoon)).isEqualTo(mondayStart);
            assertThat(calendar.addBusinessMinutes(sundays, sundayStart, expectedMinutes)).isEqualTo(mondayStart);
        }

        @ParameterizedTest(name = "{0}: after Friday {1}, opens {2}")
        @CsvSource({
            "America/Los_Angeles, 2026-03-06T17:00, 2026-03-09T15:00:00Z",
            "Europe/Berlin,       2026-03-27T17:00, 2026-03-30T06:00:00Z",
            "America/Los_Angeles, 2026-10-30T17:00, 2026-11-02T16:00:00Z",
            "Europe/Berlin,       2026-10-23T17:00, 2026-10-26T07:00:00Z"
        })
        void opensOnTheMondayAfterADstWeekendAtEightLocalTime(ZoneId zone, LocalDateTime fridayClose, Instant expected) {
            SupportWindow office = window(zone, weekdays(hours("08:00", "17:00")));

            assertThat(calendar.nextOpening(office, fridayClose.atZone(zone).toInstant())).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{0}: Friday {1} + 60 min = {2}")
        @CsvSource({
            "America/Los_Angeles, 2026-03-06T16:30, 2026-03-09T15:30:00Z",
            "Europe/Berlin,       2026-03-27T16:30, 2026-03-30T06:30:00Z",
            "America/Los_Angeles, 2026-10-30T16:30, 2026-11-02T16:30:00Z",
            "Europe/Berlin,       2026-10-23T16:30, 2026-10-26T07:30:00Z"
        })
        void countsOnlyBusinessMinutesOverADstWeekend(ZoneId zone, LocalDateTime fridayAfternoon, Instant expected) {
            SupportWindow office = window(zone, weekdays(hours("08:00", "17:00")));
            Instant from = fridayAfternoon.atZone(zone).toInstant();

            assertThat(calendar.addBusinessMinutes(office, from, 60)).isEqualTo(expected);
            assertThat(calendar.businessMinutesBetween(office, from, expected)).isEqualTo(60);
        }

        @Test
        void anOpeningTimeInTheSpringForwardGapMovesForward() {
            // 02:30 does not exist on 2026-03-08 in Los Angeles; like ZonedDateTime.of it becomes 03:30 PDT.
            SupportWindow sundays = window(LOS_ANGELES, Map.of(SUNDAY, List.of(hours("02:30", "04:00"))));
            Instant saturday = at(LOS_ANGELES, "2026-03-07T12:00");

            assertThat(calendar.nextOpening(sundays, saturday)).isEqualTo(Instant.parse("2026-03-08T10:30:00Z"));
            assertThat(calendar.businessMinutesBetween(sundays, saturday, at(LOS_ANGELES, "2026-03-09T00:00"))).isEqualTo(30);
        }

        @Test
        void hoursLyingWhollyInTheSpringForwardGapDoNotOpenThatDay() {
            SupportWindow sundays = window(LOS_ANGELES, Map.of(SUNDAY, List.of(hours("02:00", "03:00"))));
            Instant saturday = at(LOS_ANGELES, "2026-03-07T12:00");

            assertThat(calendar.isOpen(sundays, at(LOS_ANGELES, "2026-03-08T03:00"))).isFalse();
            assertThat(calendar.nextOpening(sundays, saturday)).isEqualTo(at(LOS_ANGELES, "2026-03-15T02:00"));
        }

        @Test
        void periodsPushedTogetherByTheSpringForwardGapAreNotCountedTwice() {
            // 00:00-02:30 ends at 03:30 PDT, after 03:00-05:00 has opened: 00:00 PST to 05:00 PDT is four real hours.
            SupportWindow sundays = window(LOS_ANGELES, Map.of(SUNDAY, List.of(hours("00:00", "02:30"), hours("03:00", "05:00"))));
            Instant saturday = at(LOS_ANGELES, "2026-03-07T12:00");
            Instant monday = at(LOS_ANGELES, "2026-03-09T00:00");

            assertThat(calendar.businessMinutesBetween(sundays, saturday, monday)).isEqualTo(240);
            assertThat(calendar.isOpen(sundays, at(LOS_ANGELES, "2026-03-08T03:15"))).isTrue();
            assertThat(calendar.nextClosing(sundays, saturday)).isEqualTo(at(LOS_ANGELES, "2026-03-08T05:00"));
            assertThat(calendar.addBusinessMinutes(sundays, saturday, 240)).isEqualTo(at(LOS_ANGELES, "2026-03-08T05:00"));
        }

        @Test
        void hoursAcrossTheRepeatedFallBackHourLastTheirRealTime() {
            // 01:00 PDT to 02:00 PST: the clock shows 01:00-02:00 twice, so the period lasts two hours.
            SupportWindow sundays = window(LOS_ANGELES, Map.of(SUNDAY, List.of(hours("01:00", "02:00"))));
            Instant saturday = at(LOS_ANGELES, "2026-10-31T12:00");

            assertThat(calendar.nextOpening(sundays, saturday)).isEqualTo(Instant.parse("2026-11-01T08:00:00Z"));
            assertThat(calendar.nextClosing(sundays, saturday)).isEqualTo(Instant.parse("2026-11-01T10:00:00Z"));
            assertThat(calendar.businessMinutesBetween(sundays, saturday, at(LOS_ANGELES, "2026-11-02T00:00"))).isEqualTo(120);
        }
    }

    @Nested
    class WindowThatNeverOpens {

        private final SupportWindow neverOpen = window(BERLIN, Map.of());
        private final Instant monday = berlin("2026-01-05T10:00");

        @Test
        void nextOpeningThrowsInsteadOfSearchingForever() {
            assertThatIllegalStateException()
                    .isThrownBy(() -> calendar.nextOpening(neverOpen, monday))
                    .withMessageContaining("does not open within 3 years");
        }

        @Test
        void addBusinessMinutesThrowsInsteadOfSearchingForever() {
            assertThatIllegalStateException().isThrownBy(() -> calendar.addBusinessMinutes(neverOpen, monday, 60));
            assertThatIllegalStateException().isThrownBy(() -> calendar.addBusinessMinutes(neverOpen, monday, 0));
        }

        @Test
        void nextClosingThrows() {
            assertThatIllegalStateException().isThrownBy(() -> calendar.nextClosing(neverOpen, monday));
        }

        @Test
        void weekdaysWithEmptyHoursCountAsClosed() {
            SupportWindow emptyDays = window(BERLIN, Map.of(MONDAY, List.of(), FRIDAY, List.of()));

            assertThatIllegalStateException().isThrownBy(() -> calendar.nextOpening(emptyDays, monday));
        }

        @Test
        void throwsWhenHolidaysCloseEveryOpeningDayForYears() {
            Set<LocalDate> everyMonday = Stream.iterate(LocalDate.parse("2026-01-05"), day -> day.plusWeeks(1))
                    .limit(4 * 53)
                    .collect(Collectors.toSet());
            SupportWindow mondaysOnly = new SupportWindow(BERLIN, Map.of(MONDAY, List.of(hours("08:00", "17:00"))), everyMonday);

            assertThatIllegalStateException().isThrownBy(() -> calendar.nextOpening(mondaysOnly, monday));
        }

        @Test
        void isNeverOpenAndCountsNoMinutes() {
            assertThat(calendar.isOpen(neverOpen, monday)).isFalse();
            assertThat(calendar.businessMinutesBetween(neverOpen, monday, monday.plus(Duration.ofDays(30)))).isZero();
        }
    }

    static Stream<Arguments> windowsForRoundTrips() {
        return Stream.of(
                Arguments.of("office hours, Berlin", OFFICE_HOURS),
                Arguments.of("lunch break and holidays, Berlin",
                        new SupportWindow(BERLIN, WITH_LUNCH_BREAK.weeklyHours(), Set.of(LocalDate.parse("2026-01-06"), LocalDate.parse("2026-03-30")))),
                Arguments.of("office hours, Los Angeles", window(LOS_ANGELES, weekdays(hours("08:00", "17:00")))),
                Arguments.of("around the clock, Los Angeles", SupportWindow.aroundTheClock(LOS_ANGELES)),
                Arguments.of("night shift, Berlin", window(BERLIN, Map.of(
                        SATURDAY, List.of(hours("00:30", "03:30"), hours("22:00", "24:00")),
                        SUNDAY, List.of(hours("00:00", "02:30"), hours("02:45", "06:00"))))));
    }

    private static SupportWindow officeHoursWithHolidays(String... dates) {
        Set<LocalDate> holidays = Stream.of(dates).map(LocalDate::parse).collect(Collectors.toSet());
        return new SupportWindow(BERLIN, OFFICE_HOURS.weeklyHours(), holidays);
    }

    private static SupportWindow window(ZoneId zone, Map<DayOfWeek, List<OpeningHours>> weeklyHours) {
        return new SupportWindow(zone, weeklyHours, Set.of());
    }

    private static Map<DayOfWeek, List<OpeningHours>> weekdays(OpeningHours... hours) {
        Map<DayOfWeek, List<OpeningHours>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(MONDAY, TUESDAY, DayOfWeek.WEDNESDAY, THURSDAY, FRIDAY)) {
            week.put(day, List.of(hours));
        }
        return week;
    }

    /** Opening hours written as on a contract; "24:00" closes at the end of the day. */
    private static OpeningHours hours(String opens, String closes) {
        LocalTime closing = "24:00".equals(closes) ? LocalTime.MIDNIGHT : LocalTime.parse(closes);
        return new OpeningHours(LocalTime.parse(opens), closing);
    }

    private static Instant berlin(String localDateTime) {
        return at(BERLIN, localDateTime);
    }

    private static Instant at(ZoneId zone, String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }
}
