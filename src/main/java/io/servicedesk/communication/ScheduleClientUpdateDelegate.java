package io.servicedesk.communication;

import static io.servicedesk.communication.UpdateVariables.*;

import io.servicedesk.contract.Contract;
import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.contract.Priority;
import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.incident.ProcessVariables;
import io.servicedesk.platform.ServiceClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Schedule client update": when the next update is due, the owner's promise or else the contract's
 * cadence for the current priority (so a re-triage changes the cadence from the next update on).
 */
@Component
class ScheduleClientUpdateDelegate implements JavaDelegate {

    private static final Duration MAX_LEAD = Duration.ofMinutes(15);

    private final ContractCatalog catalog;
    private final UpdateCadence cadence;
    private final IncidentRegister register;
    private final ServiceClock clock;

    ScheduleClientUpdateDelegate(ContractCatalog catalog, UpdateCadence cadence, IncidentRegister register,
            ServiceClock clock) {
        this.catalog = catalog;
        this.cadence = cadence;
        this.register = register;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Contract contract = catalog.contract((String) execution.getVariable(ProcessVariables.CONTRACT_ID));
        Priority priority = Priority.valueOf((String) execution.getVariable(ProcessVariables.PRIORITY));
        Instant now = clock.now();
        Date promised = (Date) execution.getVariable(PROMISED_UPDATE_AT);
        Optional<Instant> byCadence = cadence.next(contract, priority, now);
        execution.setVariable(DUTY_MANAGER_GROUP, contract.getDutyManagerGroup());
        if (promised == null && byCadence.isEmpty()) {
            execution.setVariable(UPDATES_DUE, false);
            register.nextUpdateDue(execution.getProcessBusinessKey(), null);
            return;
        }
        Instant due = promised != null ? promised.toInstant() : byCadence.get();
        Integer number = (Integer) execution.getVariable(UPDATE_NUMBER);
        Instant lead = due.minus(Duration.ofMinutes(Math.min(MAX_LEAD.toMinutes(),
                Math.max(1, Duration.between(now, due).toMinutes() / 3))));
        String following = cadence.next(contract, priority, due).orElse(due).atZone(contract.zone())
                .toOffsetDateTime().toString();

        execution.setVariable(UPDATES_DUE, true);
        execution.setVariable(UPDATE_NUMBER, number == null ? 1 : number + 1);
        execution.setVariable(UPDATE_DUE_AT, Date.from(due));
        execution.setVariable(UPDATE_OPENS_AT, Date.from(lead.isBefore(now) ? now : lead));
        execution.setVariable(NEXT_UPDATE_AT, following);
        execution.setVariable(NEXT_UPDATE_LATEST, following);
        execution.setVariable(PROMISED_UPDATE_AT, null);
        register.nextUpdateDue(execution.getProcessBusinessKey(), due);
    }
}
