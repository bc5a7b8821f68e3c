package io.servicedesk.platform;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every user task of every deployed diagram, as Camunda's Spring event bridge publishes it
 * ({@code camunda.bpm.eventing.task}), goes to the {@link UserTaskObserver}s: no process owner can forget a
 * listener. The bridge is set not skippable, so a Cockpit modification with "skip listeners" still keeps the
 * incident record in step. Runs in the engine's transaction: a failing observer rolls the step back.
 */
@Component
class UserTaskEvents {

    private final ObjectProvider<UserTaskObserver> observers;

    UserTaskEvents(ObjectProvider<UserTaskObserver> observers) {
        this.observers = observers;
    }

    @EventListener
    void on(DelegateTask task) {
        List<UserTaskObserver> ordered = observers.orderedStream().toList();
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> ordered.forEach(observer -> observer.created(task));
            case TaskListener.EVENTNAME_ASSIGNMENT -> ordered.forEach(observer -> observer.assigned(task));
            case TaskListener.EVENTNAME_COMPLETE -> ordered.forEach(observer -> observer.completed(task));
            default -> {
                // update, delete, timeout: nothing the incident record follows
            }
        }
    }
}
