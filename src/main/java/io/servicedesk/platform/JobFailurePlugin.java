package io.servicedesk.platform;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Lets {@link JobFailureObserver}s write in the engine's own failed-job transaction (retries, exception,
 * Cockpit incident): nothing needs a second transaction, or a second pool connection, to survive a rollback.
 */
@Component
class JobFailurePlugin extends AbstractProcessEnginePlugin {

    // resolved late: the observers need beans that need the engine this plugin helps build
    private final ObjectProvider<JobFailureObserver> observers;

    JobFailurePlugin(ObjectProvider<JobFailureObserver> observers) {
        this.observers = observers;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        FailedJobCommandFactory engine = configuration.getFailedJobCommandFactory();
        configuration.setFailedJobCommandFactory((jobId, failure) -> {
            Command<Object> retry = engine.getCommand(jobId, failure);
            return commandContext -> {
                Object result = retry.execute(commandContext);
                observers.orderedStream().forEach(observer -> observer.jobFailed(failure));
                return result;
            };
        });
    }
}
