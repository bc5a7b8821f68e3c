package io.servicedesk.tasklist;

import io.servicedesk.contract.Priority;

/**
 * The incident's priority as a Camunda task priority, which Tasklist shows on every card and sorts by.
 * Higher is more urgent; P3 is Camunda's default, so tasks of other processes sit among P3 work.
 */
final class TaskPriority {

    private TaskPriority() {
    }

    static int of(Priority priority) {
        if (priority == null) {
            return 50;
        }
        return switch (priority) {
            case P1 -> 100;
            case P2 -> 75;
            case P3 -> 50;
            case P4 -> 25;
        };
    }
}
