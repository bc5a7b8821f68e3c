package io.servicedesk.platform;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says at start-up when the database pool is smaller than the work that holds connections at once: each
 * job thread and each admitted API request holds one. Too small a pool deadlocks nothing (no code path
 * waits for a second connection while holding one), but requests and jobs queue for connections.
 */
@Component
class PoolSizing {

    private static final Logger log = LoggerFactory.getLogger(PoolSizing.class);

    private final DataSource dataSource;
    private final CamundaBpmProperties camunda;
    private final ApiCapacity api;

    PoolSizing(DataSource dataSource, CamundaBpmProperties camunda, ApiCapacity api) {
        this.dataSource = dataSource;
        this.camunda = camunda;
        this.api = api;
    }

    @EventListener(ApplicationStartedEvent.class)
    void check() {
        if (!(dataSource instanceof HikariDataSource pool) || !camunda.getJobExecution().isEnabled()) {
            return;
        }
        int jobThreads = camunda.getJobExecution().getMaxPoolSize();
        int wanted = jobThreads + api.maxConcurrentRequests() + 2;
        if (pool.getMaximumPoolSize() < wanted) {
            log.warn("The database pool has {} connections for {} job threads and {} concurrent API requests "
                    + "(servicedesk.api.capacity.max-concurrent-requests): they will queue for connections. "
                    + "Set SERVICEDESK_DB_POOL_SIZE to at least {}", pool.getMaximumPoolSize(), jobThreads,
                    api.maxConcurrentRequests(), wanted);
        }
    }
}
