package io.servicedesk.alerts;

import io.servicedesk.contract.Contract;
import io.servicedesk.contract.ContractWindows;
import io.servicedesk.contract.SupportCalendar;
import io.servicedesk.contract.SupportWindow;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Due times of alert work, in the contract's support window and time zone: a warning is no after-hours
 * emergency, so its acknowledgement counts business minutes, and reviews are due at the close of a
 * business day.
 */
@Component
class Deadlines {

    private final SupportCalendar calendar;
    private final ContractWindows windows;

    Deadlines(SupportCalendar calendar, ContractWindows windows) {
        this.calendar = calendar;
        this.windows = windows;
    }

    Instant acknowledgeBy(Contract contract, Instant from) {
        return calendar.addBusinessMinutes(windows.of(contract), from, contract.getAlerting().acknowledgeMinutes());
    }

    /** The close of the {@code days}-th business day after today (today does not count). */
    Instant businessDaysAfter(Contract contract, Instant from, int days) {
        SupportWindow window = windows.of(contract);
        Instant due = calendar.isOpen(window, from) ? calendar.nextClosing(window, from) : from;
        for (int day = 0; day < days; day++) {
            due = calendar.nextClosing(window, due);
        }
        return due;
    }

    /** Without a contract there is no window: plain days. */
    Instant daysAfter(Instant from, int days) {
        return from.plus(Duration.ofDays(days));
    }
}
