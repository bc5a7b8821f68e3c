package io.servicedesk.coverage;

import io.servicedesk.contract.ContractTime;

import io.servicedesk.contract.Contract;
import io.servicedesk.contract.Priority;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** When the first response is due: the contract's response target for the priority, counted as the contract counts. */
@Component
public class ResponseTargets {

    private final ContractTime time;

    ResponseTargets(ContractTime time) {
        this.time = time;
    }

    public record ResponseDue(Instant at, boolean aroundTheClock) {
    }

    public ResponseDue responseDue(Contract contract, Priority priority, Instant from) {
        return new ResponseDue(time.plus(contract, priority, from, contract.target(priority).responseMinutes()),
                time.aroundTheClock(contract, priority));
    }
}
