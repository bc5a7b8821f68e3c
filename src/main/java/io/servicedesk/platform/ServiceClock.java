package io.servicedesk.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The one clock of the service: the engine's. Timers, due dates and our own timestamps then agree,
 * and a test that moves Camunda's clock moves ours too.
 */
@Component
public class ServiceClock {

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public LocalDate today(ZoneId zone) {
        return now().atZone(zone).toLocalDate();
    }
}
