package io.servicedesk.ownership;

import static io.servicedesk.ownership.WorkVariables.*;

import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.platform.CurrentActor;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record helpdesk outcome" / "Record engineering outcome": checks the team's decision and records a
 * hand-off with who and why. Synchronous after the task, so a missing detail rolls the completion back
 * and Tasklist shows what is missing.
 */
@Component
class RecordWorkOutcomeDelegate implements JavaDelegate {

    private static final Set<String> OUTCOMES = Set.of("RESOLVED", "ENGINEERING", "VENDOR", "SCOPED_SERVICE");

    private final IncidentRegister register;
    private final CurrentActor actor;

    RecordWorkOutcomeDelegate(IncidentRegister register, CurrentActor actor) {
        this.register = register;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String tier = (String) execution.getVariable(TIER);
        String outcome = (String) execution.getVariable(OUTCOME);
        if (outcome == null || !OUTCOMES.contains(outcome) || ("engineering".equals(tier) && "ENGINEERING".equals(outcome))) {
            throw new ProcessEngineException("Choose an outcome: resolved, a vendor, a scoped service"
                    + ("engineering".equals(tier) ? "" : ", or engineering"));
        }
        String notes = (String) execution.getVariable("engineering".equals(tier) ? "engineeringNotes" : "diagnosisNotes");
        switch (outcome) {
            case "RESOLVED" -> require(execution, RESOLUTION, "Describe the resolution for the client");
            case "VENDOR" -> require(execution, "vendorKind", "Choose which vendor: ISP, cloud, hardware or platform");
            case "SCOPED_SERVICE" -> {
                require(execution, SCOPED_SERVICE, "Choose the service: field dispatch, SOC or partner support");
                require(execution, SCOPE_REASON, "Say what is needed and why: the client may have to approve it");
            }
            default -> { }
        }
        execution.setVariable(REQUESTING_TIER, tier);
        String to = switch (outcome) {
            case "ENGINEERING" -> "engineering";
            case "VENDOR" -> "vendor management (" + execution.getVariable("vendorKind") + " vendor)";
            case "SCOPED_SERVICE" -> execution.getVariable(SCOPED_SERVICE) + " (scoped service)";
            default -> null;
        };
        if (to != null) {
            register.handedOff(execution.getProcessBusinessKey(), tier, to, actor.id(),
                    notes == null ? "asked by " + tier : notes);
        }
    }

    private static void require(DelegateExecution execution, String variable, String message) {
        Object value = execution.getVariable(variable);
        if (value == null || value.toString().isBlank()) {
            throw new ProcessEngineException(message);
        }
    }
}
