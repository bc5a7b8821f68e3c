package io.servicedesk.platform;

import java.util.List;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Identity, filters, then whatever else must exist before users arrive (the demo setup), in that
 * order, before the service reports itself ready.
 */
@Component
class StartupSetup {

    private final IdentityBootstrap identity;
    private final TasklistFilters filters;
    private final List<StartupStep> steps;

    StartupSetup(IdentityBootstrap identity, TasklistFilters filters, List<StartupStep> steps) {
        this.identity = identity;
        this.filters = filters;
        this.steps = steps;
    }

    @EventListener(ApplicationStartedEvent.class)
    void setUp() {
        identity.bootstrap();
        filters.create();
        steps.forEach(StartupStep::run);
    }
}
