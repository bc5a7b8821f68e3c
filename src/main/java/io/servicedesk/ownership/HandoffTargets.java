package io.servicedesk.ownership;

import io.servicedesk.contract.Contract;
import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.contract.Priority;
import io.servicedesk.contract.ContractTime;
import io.servicedesk.incident.ProcessVariables;
import io.servicedesk.platform.ServiceClock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * When helpdesk hands off to engineering without being asked: the contract's hand-off target for the
 * priority, around the clock for priorities covered after hours, else in business time. Used by the
 * timer on "Work incident" as {@code ${handoffTargets.dueFor(execution)}}.
 */
@Component("handoffTargets")
public class HandoffTargets {

    private final ContractCatalog catalog;
    private final ContractTime time;
    private final ServiceClock clock;

    HandoffTargets(ContractCatalog catalog, ContractTime time, ServiceClock clock) {
        this.catalog = catalog;
        this.time = time;
        this.clock = clock;
    }

    public Date dueFor(DelegateExecution execution) {
        Contract contract = catalog.contract((String) execution.getVariable(ProcessVariables.CONTRACT_ID));
        Priority priority = Priority.valueOf((String) execution.getVariable(ProcessVariables.PRIORITY));
        return Date.from(time.plus(contract, priority, clock.now(), contract.target(priority).handoffMinutes()));
    }
}
