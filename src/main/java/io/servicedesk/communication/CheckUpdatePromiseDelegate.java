package io.servicedesk.communication;

import static io.servicedesk.communication.UpdateVariables.*;

import io.servicedesk.contract.Contract;
import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.contract.Priority;
import io.servicedesk.incident.ProcessVariables;
import io.servicedesk.platform.ServiceClock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Check update promise": an update says what is known, what is being checked, the next action and
 * when the next update comes; the owner may promise an earlier next update, never a later one than the
 * contract allows. Runs in the owner's transaction: a refusal leaves the task open with the reason.
 */
@Component
class CheckUpdatePromiseDelegate implements JavaDelegate {

    private static final DateTimeFormatter FOR_PEOPLE = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private final ContractCatalog catalog;
    private final UpdateCadence cadence;
    private final ServiceClock clock;

    CheckUpdatePromiseDelegate(ContractCatalog catalog, UpdateCadence cadence, ServiceClock clock) {
        this.catalog = catalog;
        this.cadence = cadence;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        for (String element : new String[] {WHAT_IS_KNOWN, WHAT_IS_BEING_CHECKED, NEXT_ACTION}) {
            Object value = execution.getVariable(element);
            if (value == null || value.toString().isBlank()) {
                throw new ProcessEngineException("A client update says what is known, what is being checked and "
                        + "the next action: fill in all three");
            }
        }
        Contract contract = catalog.contract((String) execution.getVariable(ProcessVariables.CONTRACT_ID));
        Priority priority = Priority.valueOf((String) execution.getVariable(ProcessVariables.PRIORITY));
        Instant now = clock.now();
        Instant due = ((Date) execution.getVariable(UPDATE_DUE_AT)).toInstant();
        Instant promised = parse((String) execution.getVariable(NEXT_UPDATE_AT), contract);
        Instant latest = cadence.next(contract, priority, now.isAfter(due) ? now : due).orElse(null);
        if (!promised.isAfter(now)) {
            throw new ProcessEngineException("The next update must lie in the future");
        }
        // the form's date-time field has minutes, not seconds
        if (latest != null && promised.isAfter(latest.plusSeconds(59))) {
            throw new ProcessEngineException("The contract allows the next update at the latest "
                    + FOR_PEOPLE.format(latest.atZone(contract.zone())) + " (" + contract.getTimeZone()
                    + "): promise that time or an earlier one");
        }
        execution.setVariable(PROMISED_UPDATE_AT, Date.from(promised));
    }

    private static Instant parse(String value, Contract contract) {
        if (value == null || value.isBlank()) {
            throw new ProcessEngineException("Say when the next update comes");
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(value).atZone(contract.zone()).toInstant();
            } catch (DateTimeParseException e) {
                throw new ProcessEngineException("'" + value + "' is not a date and time");
            }
        }
    }
}
