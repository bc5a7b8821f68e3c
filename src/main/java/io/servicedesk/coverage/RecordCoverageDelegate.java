package io.servicedesk.coverage;

import static io.servicedesk.coverage.CoverageVariables.*;

import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.incident.ProcessVariables;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record coverage": keeps the decision and its inputs with the incident: why somebody was or was not woken up. */
@Component
class RecordCoverageDelegate implements JavaDelegate {

    private final IncidentRegister register;

    RecordCoverageDelegate(IncidentRegister register) {
        this.register = register;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        Map<String, Object> decision = (Map<String, Object>) execution.getVariable(COVERAGE_RESULT);
        String action = (String) decision.get("coverageAction");
        execution.setVariable(COVERAGE_ACTION, action);
        register.coverageDecided(execution.getProcessBusinessKey(), new IncidentRegister.Coverage(
                action, (String) decision.get("coverageReason"),
                (String) execution.getVariable(ProcessVariables.PRIORITY),
                (Boolean) execution.getVariable(IN_WINDOW),
                (String) execution.getVariable(AFTER_HOURS_COVERAGE),
                ((Date) execution.getVariable(WINDOW_OPENS_AT)).toInstant(),
                ((Date) execution.getVariable(RESPONSE_DUE)).toInstant(),
                (Boolean) execution.getVariable(RESPONSE_AROUND_THE_CLOCK)));
    }
}
