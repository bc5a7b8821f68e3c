package io.servicedesk.ownership;

import io.servicedesk.contract.Contract;
import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.contract.ContractWindows;
import io.servicedesk.contract.SupportCalendar;
import io.servicedesk.incident.Incident;
import io.servicedesk.incident.IncidentRegister;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * When a resolved incident closes by itself unless the client objects: the close of business on the
 * contract's n-th business day after the resolution. The timer asks {@code ${confirmationPeriod.endsAt(execution)}}.
 */
@Component("confirmationPeriod")
public class ConfirmationPeriod {

    private final IncidentRegister register;
    private final ContractCatalog catalog;
    private final ContractWindows windows;
    private final SupportCalendar calendar;

    ConfirmationPeriod(IncidentRegister register, ContractCatalog catalog, ContractWindows windows,
            SupportCalendar calendar) {
        this.register = register;
        this.catalog = catalog;
        this.windows = windows;
        this.calendar = calendar;
    }

    public Date endsAt(DelegateExecution execution) {
        return Date.from(endsAt(register.get(execution.getProcessBusinessKey())));
    }

    Instant endsAt(Incident incident) {
        Contract contract = catalog.contract(incident.getContractId());
        return calendar.addBusinessDays(windows.of(contract), incident.getResolvedAt(),
                contract.getConfirmationBusinessDays());
    }
}
