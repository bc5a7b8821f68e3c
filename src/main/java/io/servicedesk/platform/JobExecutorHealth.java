package io.servicedesk.platform;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * "jobExecutor" in /actuator/health and readiness: down when this node should run jobs (timers, retries,
 * every mail) and its job executor is not running; up, saying so, on a node configured to run none.
 * Replaces Camunda's indicator (management.health.camunda.enabled), which is missing on such a node and
 * so cannot belong to a fixed readiness group.
 */
@Component("jobExecutorHealthIndicator")
class JobExecutorHealth implements HealthIndicator {

    private final ProcessEngineConfigurationImpl configuration;
    private final boolean enabled;

    JobExecutorHealth(ProcessEngineConfigurationImpl configuration,
            @Value("${camunda.bpm.job-execution.enabled:true}") boolean enabled) {
        this.configuration = configuration;
        this.enabled = enabled;
    }

    @Override
    public Health health() {
        JobExecutor executor = configuration.getJobExecutor();
        boolean active = executor != null && executor.isActive();
        Health.Builder health = enabled && !active ? Health.down() : Health.up();
        health.withDetail("enabled", enabled).withDetail("active", active);
        if (executor != null) {
            health.withDetail("lockTimeInMillis", executor.getLockTimeInMillis())
                    .withDetail("maxJobsPerAcquisition", executor.getMaxJobsPerAcquisition())
                    .withDetail("waitTimeInMillis", executor.getWaitTimeInMillis())
                    .withDetail("maxWait", executor.getMaxWait());
        }
        return health.build();
    }
}
