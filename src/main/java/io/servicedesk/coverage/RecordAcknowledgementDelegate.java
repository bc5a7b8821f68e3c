package io.servicedesk.coverage;

import static io.servicedesk.coverage.CoverageVariables.ON_CALL_GROUP;
import static io.servicedesk.coverage.CoverageVariables.WORKING_GROUP;
import static io.servicedesk.coverage.CoverageVariables.WORK_ASSIGNEE;

import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.platform.CurrentActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record acknowledgement": who acknowledged and when; that person works the incident now, out of hours. */
@Component
class RecordAcknowledgementDelegate implements JavaDelegate {

    private final IncidentRegister register;
    private final CurrentActor actor;

    RecordAcknowledgementDelegate(IncidentRegister register, CurrentActor actor) {
        this.register = register;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String who = actor.id();
        register.pageAcknowledged(execution.getProcessBusinessKey(), who);
        execution.setVariable(WORKING_GROUP, execution.getVariable(ON_CALL_GROUP));
        execution.setVariable(WORK_ASSIGNEE, CurrentActor.SYSTEM.equals(who) ? null : who);
    }
}
