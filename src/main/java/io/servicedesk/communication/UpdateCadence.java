package io.servicedesk.communication;

import io.servicedesk.contract.Contract;
import io.servicedesk.contract.Priority;
import io.servicedesk.contract.ContractTime;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The contract's update cadence for a priority: around the clock when the contract covers the
 * priority after hours, else in business time (a P3 "once a business day" skips the weekend).
 */
@Component
class UpdateCadence {

    private final ContractTime time;

    UpdateCadence(ContractTime time) {
        this.time = time;
    }

    /** The latest time the next update may come, counted from {@code from}; empty when the priority has no cadence. */
    Optional<Instant> next(Contract contract, Priority priority, Instant from) {
        Integer minutes = contract.target(priority).updateCadenceMinutes();
        if (minutes == null) {
            return Optional.empty();
        }
        return Optional.of(time.plus(contract, priority, from, minutes));
    }
}
