package io.servicedesk.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much API work the service takes on at once (servicedesk.api.capacity.*).
 *
 * @param maxConcurrentRequests API requests that work at the same time; more wait for a turn
 * @param admissionWait         how long a request waits for its turn before it is answered 503
 * @param maxJobBacklog         due jobs beyond which new reports are answered 503 until the engine caught up
 */
@ConfigurationProperties("servicedesk.api.capacity")
record ApiCapacity(
        @DefaultValue("8") int maxConcurrentRequests,
        @DefaultValue("PT5S") Duration admissionWait,
        @DefaultValue("5000") long maxJobBacklog) {
}
