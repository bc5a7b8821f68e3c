package io.servicedesk.coverage;

import io.servicedesk.contract.Contract;
import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.contract.ContractWindows;
import io.servicedesk.contract.Priority;
import io.servicedesk.contract.SupportCalendar;
import io.servicedesk.contract.SupportWindow;
import io.servicedesk.incident.Incident;
import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.platform.Groups;
import io.servicedesk.platform.ServiceClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the diagrams ask about coverage, answered from the incident record and its contract at this
 * moment: the coverage decision's inputs ({@code ${coverageFacts.inWindow(execution)}}), and who works
 * the incident now ({@code ${coverageFacts.workingGroup(execution)}}).
 */
@Component("coverageFacts")
public class CoverageFacts {

    private final IncidentRegister register;
    private final ContractCatalog catalog;
    private final ContractWindows windows;
    private final SupportCalendar calendar;
    private final ServiceClock clock;

    CoverageFacts(IncidentRegister register, ContractCatalog catalog, ContractWindows windows,
            SupportCalendar calendar, ServiceClock clock) {
        this.register = register;
        this.catalog = catalog;
        this.windows = windows;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Somebody covering an incident out of hours: the on-call group, and the person who acknowledged its page. */
    public record Cover(String group, String person) {
    }

    public boolean inWindow(DelegateExecution execution) {
        Contract contract = contractOf(incident(execution));
        return calendar.isOpen(windows.of(contract), clock.now());
    }

    public String afterHoursCoverage(DelegateExecution execution) {
        return contractOf(incident(execution)).getAfterHoursCoverage().name();
    }

    /** Helpdesk inside the window; after hours, for a priority the contract covers, the on-call group. */
    public String workingGroup(DelegateExecution execution) {
        return afterHoursCover(execution.getProcessBusinessKey()).map(Cover::group).orElse(Groups.HELPDESK);
    }

    /** After hours: whoever acknowledged this stretch's page works it; else nobody yet (the group takes it). */
    public String workAssignee(DelegateExecution execution) {
        return afterHoursCover(execution.getProcessBusinessKey()).map(Cover::person).orElse(null);
    }

    /**
     * Who covers the incident now when the support window is closed and the contract covers its
     * priority after hours; empty inside the window or when the priority waits for the window. The
     * person is whoever acknowledged a page since the window last closed.
     */
    public Optional<Cover> afterHoursCover(String ticket) {
        Incident incident = register.get(ticket);
        Contract contract = contractOf(incident);
        SupportWindow window = windows.of(contract);
        Instant now = clock.now();
        if (incident.getPriority() == null || calendar.isOpen(window, now)
                || !contract.getAfterHoursCoverage().covers(incident.getPriority())) {
            return Optional.empty();
        }
        Instant acknowledged = incident.getAcknowledgedAt();
        // acknowledged in this stretch of closed hours: the window opens next at the same moment
        boolean thisStretch = acknowledged != null
                && calendar.nextOpening(window, acknowledged).equals(calendar.nextOpening(window, now));
        return Optional.of(new Cover(contract.getOnCallGroup(), thisStretch ? incident.getAcknowledgedBy() : null));
    }

    /** When the contract's support window closes next: the overnight cover looks again then. */
    public Date nextClosing(DelegateExecution execution) {
        SupportWindow window = windows.of(contractOf(incident(execution)));
        try {
            return Date.from(calendar.nextClosing(window, clock.now()));
        } catch (IllegalStateException openAroundTheClock) {
            // a window that never closes needs no overnight cover: look again in a year
            return Date.from(clock.now().plus(Duration.ofDays(365)));
        }
    }

    /**
     * What happens to an open incident when the support window closes: PAGE_ON_CALL when the contract
     * covers its priority after hours (on-call carries it on), TELL_CLIENT for a P1 it does not cover
     * (the client hears when work resumes), NOTHING otherwise (its clocks count business time anyway);
     * NO_LONGER_OPEN once it is resolved or closed.
     */
    public String overnight(DelegateExecution execution) {
        return overnight(incident(execution)).name();
    }

    Overnight overnight(Incident incident) {
        Contract contract = contractOf(incident);
        if (incident.isStabilised()) {
            return Overnight.NO_LONGER_OPEN;
        }
        if (calendar.isOpen(windows.of(contract), clock.now())) {
            return Overnight.NOTHING;
        }
        if (contract.getAfterHoursCoverage().covers(incident.getPriority())) {
            return Overnight.PAGE_ON_CALL;
        }
        return incident.getPriority() == Priority.P1 ? Overnight.TELL_CLIENT : Overnight.NOTHING;
    }

    enum Overnight { PAGE_ON_CALL, TELL_CLIENT, NOTHING, NO_LONGER_OPEN }

    private Incident incident(DelegateExecution execution) {
        return register.get(execution.getProcessBusinessKey());
    }

    private Contract contractOf(Incident incident) {
        return catalog.contract(incident.getContractId());
    }
}
