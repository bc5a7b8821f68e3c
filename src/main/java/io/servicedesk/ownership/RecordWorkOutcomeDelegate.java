package io.servicedesk.ownership;

import io.servicedesk.contract.ScopedService;
import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.platform.CurrentActor;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record helpdesk outcome" / "Record engineering outcome": checks the team's decision and records a
 * hand-off with who and why; a scoped service is requested on the record with what the contract says
 * about it. Synchronous after the task, so a missing detail rolls the completion back and Tasklist
 * shows what is missing.
 */
@Component
class RecordWorkOutcomeDelegate implements JavaDelegate {

    private final IncidentRegister register;
    private final Ownership ownership;
    private final CurrentActor actor;

    RecordWorkOutcomeDelegate(IncidentRegister register, Ownership ownership, CurrentActor actor) {
        this.register = register;
        this.ownership = ownership;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String ticket = execution.getProcessBusinessKey();
        String tier = WorkVariables.tier(execution);
        WorkVariables.Outcome outcome = WorkVariables.outcome(execution)
                .filter(chosen -> !("engineering".equals(tier) && chosen == WorkVariables.Outcome.ENGINEERING))
                .orElseThrow(() -> new ProcessEngineException("Choose an outcome: resolved, a vendor, a scoped service"
                        + ("engineering".equals(tier) ? "" : ", or engineering")));
        String notes = WorkVariables.notes(execution, tier);
        switch (outcome) {
            case RESOLVED -> require(WorkVariables.resolution(execution), "Describe the resolution for the client");
            case ENGINEERING -> register.handedOff(ticket, tier, "engineering", actor.id(), why(notes, tier));
            case VENDOR -> {
                String kind = require(WorkVariables.vendorKind(execution),
                        "Choose which vendor: ISP, cloud, hardware or platform");
                register.handedOff(ticket, tier, "vendor management (" + kind + " vendor)", actor.id(), why(notes, tier));
            }
            case SCOPED_SERVICE -> {
                ScopedService service = WorkVariables.scopedService(execution).orElseThrow(() ->
                        new ProcessEngineException("Choose the service: field dispatch, SOC or partner support"));
                String reason = require(WorkVariables.scopeReason(execution),
                        "Say what is needed and why: the client may have to approve it");
                register.handedOff(ticket, tier, service + " (scoped service)", actor.id(), why(notes, tier));
                ownership.requestService(ticket, service, reason, tier, actor.id());
            }
        }
    }

    private static String why(String notes, String tier) {
        return notes == null ? "asked by " + tier : notes;
    }

    private static String require(String value, String message) {
        if (value == null || value.isBlank()) {
            throw new ProcessEngineException(message);
        }
        return value;
    }
}
