package io.servicedesk.coverage;

import io.servicedesk.contract.SupportCalendar;
import io.servicedesk.contract.ContractWindows;
import io.servicedesk.contract.SupportWindow;

import static io.servicedesk.coverage.CoverageVariables.*;

import io.servicedesk.contract.Contract;
import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.contract.Priority;
import io.servicedesk.incident.ProcessVariables;
import io.servicedesk.platform.Groups;
import io.servicedesk.platform.ServiceClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Check support window": is the contract's window open now, when does it open next, when is the
 * first response due, and who is on call: the facts the coverage decision and the paging need.
 */
@Component
class CheckSupportWindowDelegate implements JavaDelegate {

    private final ContractCatalog catalog;
    private final SupportCalendar calendar;
    private final ContractWindows windows;
    private final ResponseTargets targets;
    private final ServiceClock clock;

    CheckSupportWindowDelegate(ContractCatalog catalog, SupportCalendar calendar, ContractWindows windows,
            ResponseTargets targets, ServiceClock clock) {
        this.catalog = catalog;
        this.calendar = calendar;
        this.windows = windows;
        this.targets = targets;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Contract contract = catalog.contract((String) execution.getVariable(ProcessVariables.CONTRACT_ID));
        Priority priority = Priority.valueOf((String) execution.getVariable(ProcessVariables.PRIORITY));
        Instant now = clock.now();
        SupportWindow window = windows.of(contract);
        ResponseTargets.ResponseDue due = targets.responseDue(contract, priority, now);
        Integer checks = (Integer) execution.getVariable(COVERAGE_CHECK);

        execution.setVariable(COVERAGE_CHECK, checks == null ? 1 : checks + 1);
        execution.setVariable(IN_WINDOW, calendar.isOpen(window, now));
        execution.setVariable(AFTER_HOURS_COVERAGE, contract.getAfterHoursCoverage().name());
        execution.setVariable(WINDOW_OPENS_AT, Date.from(calendar.nextOpening(window, now)));
        execution.setVariable(RESPONSE_DUE, Date.from(due.at()));
        execution.setVariable(RESPONSE_AROUND_THE_CLOCK, due.aroundTheClock());
        execution.setVariable(ON_CALL_GROUP, contract.getOnCallGroup());
        Duration ackTimeout = Duration.ofMinutes(contract.getAckTimeoutMinutes());
        execution.setVariable(PAGED_GROUPS, contract.getOnCallGroup());
        execution.setVariable(ACKNOWLEDGE_TIMEOUT, ackTimeout.toString());
        execution.setVariable(ACKNOWLEDGE_BY, Date.from(now.plus(ackTimeout)));
        execution.setVariable(ESCALATIONS, 0);
        execution.setVariable(WORKING_GROUP, Groups.HELPDESK);
        execution.setVariable(WORK_ASSIGNEE, null);
    }
}
