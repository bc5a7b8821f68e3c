package io.servicedesk.platform;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Creates the groups, what each may see and do in the webapps, and the administrator. Runs at every start
 * and only adds what is missing. Outside the demo the administrator must come from the environment: without
 * it the service refuses to start rather than leave Camunda Admin's first-user setup open. The administrator
 * exists before the web server accepts a connection, and each start unlocks it and gives it the
 * environment's password, so an operator who lost it resets it with a restart.
 */
@Component
public class IdentityBootstrap implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

    private static final Map<String, String> GROUP_NAMES = Map.ofEntries(
            Map.entry(io.servicedesk.platform.Groups.DISPATCH, "Dispatch"),
            Map.entry(io.servicedesk.platform.Groups.HELPDESK, "Helpdesk"),
            Map.entry(io.servicedesk.platform.Groups.ENGINEERING, "Engineering"),
            Map.entry(io.servicedesk.platform.Groups.VENDOR_MANAGEMENT, "Vendor management"),
            Map.entry(io.servicedesk.platform.Groups.ON_CALL, "On-call"),
            Map.entry(io.servicedesk.platform.Groups.DUTY_MANAGER, "Duty managers"),
            Map.entry(io.servicedesk.platform.Groups.AUDITOR, "Auditors"),
            Map.entry(io.servicedesk.platform.Groups.ADMIN, "Administrators"),
            Map.entry(io.servicedesk.platform.Groups.INTAKE, "Intake integrations"),
            Map.entry(io.servicedesk.platform.Groups.MONITORING, "Monitoring"),
            Map.entry(io.servicedesk.platform.Groups.VENDOR_INTEGRATION, "Vendor integrations"));

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final ServiceDeskProperties.Admin admin;
    private final StartupLock lock;

    IdentityBootstrap(IdentityService identity, AuthorizationService authorizations,
            ServiceDeskProperties properties, StartupLock lock) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.lock = lock;
        this.admin = properties.admin();
        if (!properties.demo().enabled() && (blank(admin.id()) || blank(admin.password()))) {
            throw new IllegalStateException("Outside the demo the service needs its administrator from the "
                    + "environment: set SERVICEDESK_ADMIN_ID and SERVICEDESK_ADMIN_PASSWORD, or choose the demo "
                    + "explicitly (SPRING_PROFILES_ACTIVE=demo)");
        }
    }

    /** Before the web server starts: the administrator exists, so Camunda Admin's first-user setup is closed. */
    @Override
    public void afterSingletonsInstantiated() {
        // nodes starting together take turns: each grant is check-then-create
        lock.holding("creating the administrator", this::ensureAdministrator);
    }

    public void bootstrap() {
        GROUP_NAMES.forEach(this::ensureGroup);
        downgradeTaskPermissions();
        String tasklist = "tasklist";
        String cockpit = "cockpit";
        for (String worker : io.servicedesk.platform.Groups.WORKERS) {
            grant(worker, Resources.APPLICATION, tasklist, Permissions.ACCESS);
            grant(worker, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
            // Tasklist shows ticket, client, priority and summary on every task card: instance variables
            grant(worker, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
            // colleagues are visible: Tasklist's assignee picker and the owner choice in triage review
            grant(worker, Resources.USER, "*", Permissions.READ);
            grant(worker, Resources.GROUP, "*", Permissions.READ);
        }
        // dispatchers and duty managers distribute work across the teams
        for (String lead : List.of(io.servicedesk.platform.Groups.DISPATCH, io.servicedesk.platform.Groups.DUTY_MANAGER)) {
            grant(lead, Resources.TASK, "*", Permissions.READ, Permissions.TASK_ASSIGN);
        }
        grant(io.servicedesk.platform.Groups.DUTY_MANAGER, Resources.APPLICATION, cockpit, Permissions.ACCESS);
        grant(io.servicedesk.platform.Groups.DUTY_MANAGER, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        grant(io.servicedesk.platform.Groups.DUTY_MANAGER, Resources.PROCESS_DEFINITION, "*", Permissions.READ_INSTANCE);
        // auditors read everything, history included, and change nothing
        String auditor = io.servicedesk.platform.Groups.AUDITOR;
        grant(auditor, Resources.APPLICATION, cockpit, Permissions.ACCESS);
        grant(auditor, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY,
                Permissions.READ_INSTANCE);
        grant(auditor, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        grant(auditor, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
        grant(auditor, Resources.DEPLOYMENT, "*", Permissions.READ);
    }

    /** The administrator of the environment, in camunda-admin with every permission, unlocked, with the environment's password. */
    void ensureAdministrator() {
        ensureGroup(Groups.CAMUNDA_ADMIN, GROUP_NAMES.get(Groups.CAMUNDA_ADMIN));
        grantAdministrators();
        if (blank(admin.id()) || blank(admin.password())) {
            return;
        }
        ensureUser(admin.id(), "Service desk", "Administrator", null, admin.password(), Groups.CAMUNDA_ADMIN);
        identity.unlockUser(admin.id());
        if (!identity.checkPassword(admin.id(), admin.password())) {
            User user = identity.createUserQuery().userId(admin.id()).singleResult();
            user.setPassword(admin.password());
            identity.saveUser(user);
            log.info("Administrator {} has the password from the environment now", admin.id());
        }
        if (identity.createUserQuery().userId(admin.id()).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
            identity.createMembership(admin.id(), Groups.CAMUNDA_ADMIN);
        }
    }

    /**
     * Tasks created before candidates got TASK_WORK instead of UPDATE (claim and complete, no variable writes)
     * still carry the engine's old default for their candidates and assignees, READ and UPDATE: take UPDATE
     * back. Grants an operator made on purpose (other permission sets) stay.
     */
    private void downgradeTaskPermissions() {
        Set<Permission> oldDefault = Set.of(TaskPermissions.READ, TaskPermissions.UPDATE);
        for (Authorization authorization : authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
                .hasPermission(Permissions.UPDATE).list()) {
            boolean identityLinkDefault = !"*".equals(authorization.getResourceId())
                    && Set.of(authorization.getPermissions(TaskPermissions.values())).equals(oldDefault);
            if (identityLinkDefault) {
                authorization.removePermission(TaskPermissions.UPDATE);
                authorization.addPermission(TaskPermissions.TASK_WORK);
                authorizations.saveAuthorization(authorization);
            }
        }
    }

    /** Creates a user with a password and group memberships if it does not exist yet. */
    public void ensureUser(String id, String firstName, String lastName, String email, String password,
            String... groups) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(email);
            user.setPassword(password);
            identity.saveUser(user);
            log.info("Created user {}", id);
        }
        for (String group : groups) {
            if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
                identity.createMembership(id, group);
            }
        }
    }

    /** Grants a group permissions on a resource, unless it has them already. */
    public void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizations.createAuthorizationQuery().groupIdIn(group)
                .resourceType(resource).resourceId(resourceId).singleResult();
        Authorization authorization = existing != null ? existing
                : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        if (existing == null) {
            authorization.setGroupId(group);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        boolean changed = existing == null;
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizations.saveAuthorization(authorization);
        }
    }

    private void grantAdministrators() {
        for (Resources resource : Resources.values()) {
            grant(Groups.CAMUNDA_ADMIN, resource, "*", Permissions.ALL);
        }
    }

    private void ensureGroup(String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType(id.equals(Groups.CAMUNDA_ADMIN) ? Groups.GROUP_TYPE_SYSTEM : Groups.GROUP_TYPE_WORKFLOW);
            identity.saveGroup(group);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
