package io.servicedesk.communication;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Schedule client update": when the next update is due, the owner's promise or else the contract's
 * cadence for the incident's current priority; after a re-triage, never later than already promised.
 */
@Component
class ScheduleClientUpdateDelegate implements JavaDelegate {

    private final ClientUpdates updates;

    ScheduleClientUpdateDelegate(ClientUpdates updates) {
        this.updates = updates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String ticket = execution.getProcessBusinessKey();
        updates.scheduleNext(ticket).ifPresent(latest ->
                UpdateVariables.suggestNextUpdate(execution, updates.forTheForm(ticket, latest)));
    }
}
