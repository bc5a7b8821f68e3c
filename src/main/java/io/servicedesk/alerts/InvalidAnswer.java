package io.servicedesk.alerts;

/**
 * A Tasklist form was completed with answers that cannot stand. Thrown by the step right after the task,
 * without async: the completion rolls back, the task stays open, and Tasklist shows this message.
 */
class InvalidAnswer extends RuntimeException {

    InvalidAnswer(String message) {
        super(message);
    }
}
