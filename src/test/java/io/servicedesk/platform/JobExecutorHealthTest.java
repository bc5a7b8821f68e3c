package io.servicedesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

class JobExecutorHealthTest {

    final StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();

    @Test
    void aNodeThatShouldRunJobsIsDownWhileItsJobExecutorIsNotRunning() {
        configuration.setJobExecutor(new DefaultJobExecutor());

        assertThat(new JobExecutorHealth(configuration, true).health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void aNodeConfiguredToRunNoJobsIsUpAndSaysSo() {
        configuration.setJobExecutor(new DefaultJobExecutor());

        var health = new JobExecutorHealth(configuration, false).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("enabled", false).containsEntry("active", false);
    }
}
