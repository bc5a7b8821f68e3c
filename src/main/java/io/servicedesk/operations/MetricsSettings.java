package io.servicedesk.operations;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxAge how long one reading of the database serves scrapes: several Prometheus servers, or one
 *               that retries, do not each run the queries again (SERVICEDESK_METRICS_MAX_AGE)
 */
@ConfigurationProperties("servicedesk.metrics")
record MetricsSettings(@DefaultValue("10s") Duration maxAge) {
}
