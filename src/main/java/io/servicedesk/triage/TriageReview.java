package io.servicedesk.triage;

import io.servicedesk.contract.Contract;
import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.contract.ContractWindows;
import io.servicedesk.contract.SupportCalendar;
import io.servicedesk.incident.Incident;
import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.platform.ServiceClock;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * A triage review that nobody does in time escalates, from the record: due by the contract's
 * acknowledgement target ({@code ${triageReview.dueAt(execution)}}), then again after every
 * page-acknowledgement timeout ({@code ${triageReview.escalationCycle(execution)}}). Inside the support
 * window the duty manager is asked; after hours, when the contract covers the suggested priority, the
 * on-call chain is paged (on-call, then the backup, then the duty manager); otherwise it waits for the window.
 */
@Component("triageReview")
public class TriageReview {

    private final IncidentRegister register;
    private final ContractCatalog catalog;
    private final ContractWindows windows;
    private final SupportCalendar calendar;
    private final ServiceClock clock;

    TriageReview(IncidentRegister register, ContractCatalog catalog, ContractWindows windows,
            SupportCalendar calendar, ServiceClock clock) {
        this.register = register;
        this.catalog = catalog;
        this.windows = windows;
        this.calendar = calendar;
        this.clock = clock;
    }

    public Date dueAt(DelegateExecution execution) {
        return Date.from(register.get(execution.getProcessBusinessKey()).getTriageReviewDueAt());
    }

    /** From the due time on, every page-acknowledgement timeout of the contract: "R/2026-11-24T18:15:00Z/PT15M". */
    public String escalationCycle(DelegateExecution execution) {
        Incident incident = register.get(execution.getProcessBusinessKey());
        return "R/" + incident.getTriageReviewDueAt() + "/PT"
                + catalog.contract(incident.getContractId()).getAckTimeoutMinutes() + "M";
    }

    /** The last escalation reached somebody (a group was mailed and may take the review). */
    public boolean somebodyAlerted(DelegateExecution execution) {
        return register.get(execution.getProcessBusinessKey()).getTriageReviewEscalatedTo() != null;
    }

    /** Whom the next escalation of an overdue review goes to now; empty when it waits for the window. */
    Optional<String> nextEscalation(Incident incident) {
        Contract contract = catalog.contract(incident.getContractId());
        if (calendar.isOpen(windows.of(contract), clock.now())) {
            return Optional.of(contract.getDutyManagerGroup());
        }
        if (!contract.getAfterHoursCoverage().covers(incident.getPriority())) {
            return Optional.empty();
        }
        return Optional.of(switch (incident.getTriageReviewEscalations()) {
            case 0 -> contract.getOnCallGroup();
            case 1 -> contract.getBackupOnCallGroup();
            default -> contract.getDutyManagerGroup();
        });
    }

    boolean isPage(Incident incident, String group) {
        Contract contract = catalog.contract(incident.getContractId());
        return !calendar.isOpen(windows.of(contract), clock.now()) && !group.equals(contract.getDutyManagerGroup());
    }
}
