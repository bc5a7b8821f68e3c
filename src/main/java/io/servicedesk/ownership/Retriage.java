package io.servicedesk.ownership;

import io.servicedesk.incident.PriorityChanged;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A re-triage moves the clocks that count by priority, in its own transaction: the resolution target
 * (counted from the report with the new priority's target) and the hand-off target of the work in hand.
 * The timers re-read their due time from the record ({@code recalculateJobDuedate}).
 */
@Component
class Retriage {

    private final ResolutionTargets resolutionTargets;
    private final ManagementService management;
    private final RuntimeService runtime;

    Retriage(ResolutionTargets resolutionTargets, ManagementService management, RuntimeService runtime) {
        this.resolutionTargets = resolutionTargets;
        this.management = management;
        this.runtime = runtime;
    }

    @EventListener
    void on(PriorityChanged change) {
        resolutionTargets.set(change.ticket());
        recalculate(change.ticket(), "Timer_ResolutionDue");
        recalculate(change.ticket(), "Timer_HandoffDue");
    }

    private void recalculate(String ticket, String timer) {
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(ticket).list().forEach(instance ->
                management.createJobQuery().processInstanceId(instance.getId()).activityId(timer).timers().list()
                        .forEach(job -> management.recalculateJobDuedate(job.getId(), false)));
    }
}
