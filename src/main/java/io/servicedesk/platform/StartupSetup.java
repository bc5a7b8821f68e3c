package io.servicedesk.platform;

import java.util.List;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Identity, filters, then whatever else must exist before users arrive (the demo setup), in that
 * order, before the service reports itself ready. Each step checks what exists and adds what is
 * missing; nodes starting together take turns (the start-up lock), so none adds what another is adding.
 */
@Component
class StartupSetup {

    private final IdentityBootstrap identity;
    private final TasklistFilters filters;
    private final List<StartupStep> steps;
    private final StartupLock lock;

    StartupSetup(IdentityBootstrap identity, TasklistFilters filters, List<StartupStep> steps, StartupLock lock) {
        this.identity = identity;
        this.filters = filters;
        this.steps = steps;
        this.lock = lock;
    }

    @EventListener(ApplicationStartedEvent.class)
    void setUp() {
        lock.holding("setting up identity, filters and start-up data", () -> {
            identity.bootstrap();
            filters.create();
            steps.forEach(StartupStep::run);
        });
    }
}
