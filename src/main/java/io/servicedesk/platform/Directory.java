package io.servicedesk.platform;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/** Whether a name is a user or a group of the one user store, for data that names people to act. */
@Component
public class Directory {

    private final IdentityService identity;

    Directory(IdentityService identity) {
        this.identity = identity;
    }

    public boolean isUser(String id) {
        return id != null && identity.createUserQuery().userId(id).count() == 1;
    }

    public boolean isGroup(String id) {
        return id != null && identity.createGroupQuery().groupId(id).count() == 1;
    }
}
