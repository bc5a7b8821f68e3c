package io.servicedesk.support;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Runs due jobs the way the job executor would, but in the test's thread and at the test's time. */
public final class Jobs {

    private Jobs() {
    }

    /** Executes every due job of the incident with this ticket, repeatedly, until none is due. */
    public static void runDue(ProcessEngine engine, String ticket) {
        List<Job> last = List.of();
        for (int round = 0; round < 50; round++) {
            List<String> instances = engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceBusinessKey(ticket).list().stream().map(ProcessInstance::getId).toList();
            if (instances.isEmpty()) {
                return;
            }
            List<Job> due = engine.getManagementService().createJobQuery()
                    .processInstanceIds(new java.util.HashSet<>(instances)).executable().list();
            if (due.isEmpty()) {
                return;
            }
            last = due;
            due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
        throw new AssertionError("Jobs keep coming for " + ticket + ": " + last.stream()
                .map(job -> job.getId() + " due " + job.getDuedate() + " " + job.getExceptionMessage()).toList());
    }
}
