package io.servicedesk.platform;

import org.camunda.bpm.engine.delegate.DelegateTask;

/** Told about every user task of every process: created, assigned, completed. */
public interface UserTaskObserver {

    void created(DelegateTask task);

    void assigned(DelegateTask task);

    void completed(DelegateTask task);
}
