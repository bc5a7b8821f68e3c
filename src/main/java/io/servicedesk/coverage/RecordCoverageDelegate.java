package io.servicedesk.coverage;

import io.servicedesk.contract.Contract;
import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.contract.ContractWindows;
import io.servicedesk.contract.SupportCalendar;
import io.servicedesk.contract.SupportWindow;
import io.servicedesk.incident.Incident;
import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.platform.ServiceClock;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record coverage": keeps the decision with its inputs (priority, window open or not, the contract's
 * after-hours coverage), when the window opens and when the first response is due: why somebody was or
 * was not woken up.
 */
@Component
class RecordCoverageDelegate implements JavaDelegate {

    private final IncidentRegister register;
    private final ContractCatalog catalog;
    private final ContractWindows windows;
    private final SupportCalendar calendar;
    private final ResponseTargets targets;
    private final ServiceClock clock;

    RecordCoverageDelegate(IncidentRegister register, ContractCatalog catalog, ContractWindows windows,
            SupportCalendar calendar, ResponseTargets targets, ServiceClock clock) {
        this.register = register;
        this.catalog = catalog;
        this.windows = windows;
        this.calendar = calendar;
        this.targets = targets;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String ticket = execution.getProcessBusinessKey();
        CoverageVariables.Decision decision = CoverageVariables.decision(execution);
        Incident incident = register.get(ticket);
        Contract contract = catalog.contract(incident.getContractId());
        SupportWindow window = windows.of(contract);
        Instant now = clock.now();
        ResponseTargets.ResponseDue due = targets.responseDue(contract, incident.getPriority(), now);
        register.coverageDecided(ticket, new IncidentRegister.Coverage(decision.action(), decision.reason(),
                incident.getPriority().name(), calendar.isOpen(window, now), contract.getAfterHoursCoverage().name(),
                calendar.nextOpening(window, now), due.at(), due.aroundTheClock()));
    }
}
