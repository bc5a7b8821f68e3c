package io.servicedesk.alerts;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Route alert": reads the alert record and says where it goes (alertPath); for a warning also who
 * acknowledges it, by when in the contract's business time, and which duty managers it escalates to.
 */
@Component
class RouteAlertDelegate implements JavaDelegate {

    private final AlertDesk desk;

    RouteAlertDelegate(AlertDesk desk) {
        this.desk = desk;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AlertDesk.Routing routing = desk.route(execution.getProcessBusinessKey());
        execution.setVariable(AlertVariables.ALERT_PATH, routing.path().name());
        if (routing.path() == AlertDesk.Path.OWNED) {
            execution.setVariable(AlertVariables.ALERT_OWNER, routing.owner());
            execution.setVariable(AlertVariables.ALERT_TEAMS, routing.teams());
            execution.setVariable(AlertVariables.ACKNOWLEDGE_BY, routing.acknowledgeBy());
            execution.setVariable(AlertVariables.DUTY_MANAGER_GROUP, routing.dutyManagerGroup());
            execution.setVariables(routing.form());
        }
    }
}
