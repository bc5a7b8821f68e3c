package io.servicedesk.contract;

import io.servicedesk.contract.Contract;
import io.servicedesk.contract.Priority;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * How a contract counts minutes for a priority: around the clock when it covers the priority after
 * hours, else business minutes inside its support window. Response, hand-off and update targets all
 * count this way.
 */
@Component
public class ContractTime {

    private final SupportCalendar calendar;
    private final ContractWindows windows;

    ContractTime(SupportCalendar calendar, ContractWindows windows) {
        this.calendar = calendar;
        this.windows = windows;
    }

    public boolean aroundTheClock(Contract contract, Priority priority) {
        return contract.getAfterHoursCoverage().covers(priority);
    }

    public Instant plus(Contract contract, Priority priority, Instant from, long minutes) {
        return aroundTheClock(contract, priority) ? from.plus(Duration.ofMinutes(minutes))
                : calendar.addBusinessMinutes(windows.of(contract), from, minutes);
    }
}
