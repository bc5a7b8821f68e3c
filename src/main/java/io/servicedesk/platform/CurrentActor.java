package io.servicedesk.platform;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting right now, for the timeline: the Tasklist/REST user the engine knows, else the API
 * user Spring Security knows, else the engine itself (a timer or a retried job).
 */
@Component
public class CurrentActor {

    public static final String SYSTEM = "system";

    private final IdentityService identityService;

    CurrentActor(IdentityService identityService) {
        this.identityService = identityService;
    }

    public String id() {
        Authentication engineUser = identityService.getCurrentAuthentication();
        if (engineUser != null && engineUser.getUserId() != null) {
            return engineUser.getUserId();
        }
        var apiUser = SecurityContextHolder.getContext().getAuthentication();
        if (apiUser != null && apiUser.isAuthenticated() && apiUser.getName() != null
                && !"anonymousUser".equals(apiUser.getName())) {
            return apiUser.getName();
        }
        return SYSTEM;
    }
}
