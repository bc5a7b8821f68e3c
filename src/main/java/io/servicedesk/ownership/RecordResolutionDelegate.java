package io.servicedesk.ownership;

import static io.servicedesk.ownership.WorkVariables.*;

import io.servicedesk.contract.Contract;
import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.contract.ContractWindows;
import io.servicedesk.contract.SupportCalendar;
import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.incident.ProcessVariables;
import io.servicedesk.platform.CurrentActor;
import io.servicedesk.platform.ServiceClock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record resolution": resolved, with the fix on the timeline; the client-update loop stops
 * (stabilised) and the incident closes by itself after the contract's confirmation period.
 */
@Component
class RecordResolutionDelegate implements JavaDelegate {

    private final IncidentRegister register;
    private final CurrentActor actor;
    private final ContractCatalog catalog;
    private final SupportCalendar calendar;
    private final ContractWindows windows;
    private final ServiceClock clock;

    RecordResolutionDelegate(IncidentRegister register, CurrentActor actor, ContractCatalog catalog,
            SupportCalendar calendar, ContractWindows windows, ServiceClock clock) {
        this.register = register;
        this.actor = actor;
        this.catalog = catalog;
        this.calendar = calendar;
        this.windows = windows;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String diagnosis = (String) execution.getVariable("diagnosisNotes");
        String resolution = (String) execution.getVariable(RESOLUTION);
        register.resolved(execution.getProcessBusinessKey(), actor.id(),
                "Resolved: " + resolution + (diagnosis == null ? "" : " | Diagnosis: " + diagnosis));
        Contract contract = catalog.contract((String) execution.getVariable(ProcessVariables.CONTRACT_ID));
        execution.setVariable(AUTO_CLOSE_AT, Date.from(calendar.addBusinessDays(windows.of(contract), clock.now(),
                contract.getConfirmationBusinessDays())));
        execution.setVariable(STABILISED, true);
    }
}
