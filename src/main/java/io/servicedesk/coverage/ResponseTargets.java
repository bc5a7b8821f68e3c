package io.servicedesk.coverage;

import io.servicedesk.contract.Contract;
import io.servicedesk.contract.Priority;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * When the first response is due. Priorities the contract covers after hours are answered around
 * the clock; all others count business minutes inside the support window.
 */
@Component
public class ResponseTargets {

    private final SupportCalendar calendar;
    private final ContractWindows windows;

    ResponseTargets(SupportCalendar calendar, ContractWindows windows) {
        this.calendar = calendar;
        this.windows = windows;
    }

    public record ResponseDue(Instant at, boolean aroundTheClock) {
    }

    public ResponseDue responseDue(Contract contract, Priority priority, Instant from) {
        int minutes = contract.target(priority).responseMinutes();
        if (contract.getAfterHoursCoverage().covers(priority)) {
            return new ResponseDue(from.plus(Duration.ofMinutes(minutes)), true);
        }
        return new ResponseDue(calendar.addBusinessMinutes(windows.of(contract), from, minutes), false);
    }
}
