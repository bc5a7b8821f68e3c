package io.servicedesk.communication;

import static io.servicedesk.communication.UpdateVariables.*;

import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.incident.PriorityChanged;
import io.servicedesk.incident.ProcessVariables;
import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A re-triage changes the cadence from the next update on: the open update's suggested and latest
 * next-update times follow the new priority at once, so the owner is not offered a promise the
 * contract no longer allows.
 */
@Component
class UpdatePromiseRefresh {

    private final RuntimeService runtime;
    private final ContractCatalog catalog;
    private final UpdateCadence cadence;

    UpdatePromiseRefresh(RuntimeService runtime, ContractCatalog catalog, UpdateCadence cadence) {
        this.runtime = runtime;
        this.catalog = catalog;
        this.cadence = cadence;
    }

    @EventListener
    void on(PriorityChanged change) {
        Date due = (Date) runtime.getVariable(change.processInstanceId(), UPDATE_DUE_AT);
        if (due == null || !Boolean.TRUE.equals(runtime.getVariable(change.processInstanceId(), UPDATES_DUE))) {
            return;
        }
        var contract = catalog.contract((String) runtime.getVariable(change.processInstanceId(),
                ProcessVariables.CONTRACT_ID));
        cadence.next(contract, change.priority(), due.toInstant()).ifPresent(next -> {
            String promise = next.atZone(contract.zone()).toOffsetDateTime().toString();
            runtime.setVariable(change.processInstanceId(), NEXT_UPDATE_AT, promise);
            runtime.setVariable(change.processInstanceId(), NEXT_UPDATE_LATEST, promise);
        });
    }
}
