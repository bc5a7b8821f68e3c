package io.servicedesk.alerts;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Runs due jobs of the alert, scope-decision and problem-review processes, in the test's thread, at the test's
 * time. Incidents they raise run with {@code support.Jobs} by ticket.
 */
final class AlertJobs {

    private static final List<String> PROCESSES = List.of(AlertReceiver.PROCESS_KEY, ScopeGaps.PROCESS_KEY,
            Recurrence.PROCESS_KEY);

    private AlertJobs() {
    }

    /** Every due job, repeatedly, until none is due. */
    static void runDue(ProcessEngine engine) {
        for (int round = 0; round < 100; round++) {
            List<Job> due = PROCESSES.stream().flatMap(key -> engine.getManagementService().createJobQuery()
                    .processDefinitionKey(key).active().executable().list().stream())
                    .toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
        throw new AssertionError("Alert jobs keep coming");
    }
}
