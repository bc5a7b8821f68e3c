package io.servicedesk.platform;

/**
 * Told about every failed job, in the transaction that counts down its retries: the first transaction
 * after the job's own rolled back, on the same thread. What must outlive the rollback is written here.
 */
public interface JobFailureObserver {

    void jobFailed(Throwable failure);
}
