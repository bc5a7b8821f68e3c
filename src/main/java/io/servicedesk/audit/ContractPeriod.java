package io.servicedesk.audit;

import io.servicedesk.contract.Contract;
import io.servicedesk.platform.InvalidField;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * A contract and whole days in its time zone, the first and the last included: the incidents reported in
 * them are the population every figure counts.
 */
public record ContractPeriod(Contract contract, LocalDate from, LocalDate to) {

    /** Long enough for a yearly audit with a margin, short enough that a chart still reads. */
    static final int MAX_DAYS = 731;

    public ZoneId zone() {
        return contract.zone();
    }

    public Instant start() {
        return from.atStartOfDay(zone()).toInstant();
    }

    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone()).toInstant();
    }

    /**
     * Reads "from" and "to" (ISO dates). Without both, the last full calendar month before {@code today}: the
     * period an auditor most often asks for.
     */
    static ContractPeriod of(Contract contract, String from, String to, LocalDate today) {
        if (blank(from) && blank(to)) {
            LocalDate firstOfThisMonth = today.with(TemporalAdjusters.firstDayOfMonth());
            return new ContractPeriod(contract, firstOfThisMonth.minusMonths(1), firstOfThisMonth.minusDays(1));
        }
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (last.isBefore(first)) {
            throw new InvalidField("to", "The period ends (" + last + ") before it starts (" + first + ")");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new InvalidField("to", "A period covers at most " + MAX_DAYS + " days; ask for one year at a time");
        }
        return new ContractPeriod(contract, first, last);
    }

    private static LocalDate date(String field, String value) {
        if (blank(value)) {
            throw new InvalidField(field, "Give the period's " + (field.equals("from") ? "first" : "last")
                    + " day as a date, e.g. 2026-11-30");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidField(field, "'" + value + "' is not a date; write it as 2026-11-30");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
