package io.servicedesk.incident;

import io.servicedesk.contract.Priority;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Keeps the display-only variables that Tasklist lists and forms show in step with the record, in
 * every process of the ticket (the lifecycle and the diagrams it calls). Nothing decides on them.
 */
@Component
public class ProcessDisplay {

    private final RuntimeService runtime;

    ProcessDisplay(RuntimeService runtime) {
        this.runtime = runtime;
    }

    public void priority(String ticket, Priority priority) {
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(ticket).list().forEach(instance ->
                runtime.setVariable(instance.getId(), ProcessVariables.PRIORITY, priority.name()));
    }
}
