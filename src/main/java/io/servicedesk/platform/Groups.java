package io.servicedesk.platform;

import java.util.List;

/** The Camunda groups of DESIGN.md: roles follow them, in Tasklist and in the API. */
public final class Groups {

    public static final String DISPATCH = "dispatch";
    public static final String HELPDESK = "helpdesk";
    public static final String ENGINEERING = "engineering";
    public static final String VENDOR_MANAGEMENT = "vendor-management";
    public static final String ON_CALL = "on-call";
    public static final String DUTY_MANAGER = "duty-manager";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "camunda-admin";
    /**
     * Technical accounts that speak for one client (its portal, its mail gateway): each is bound to that client,
     * reports for it and reads and answers only its incidents.
     */
    public static final String INTAKE = "intake";
    /** The MSP's monitoring (Alertmanager): reports for any client, reads nothing. */
    public static final String MONITORING = "monitoring";
    /** Technical accounts of a vendor, bound to it: post updates on that vendor's cases only. */
    public static final String VENDOR_INTEGRATION = "vendor-integration";

    /** Accounts of systems, not people: they authenticate with API tokens, never with a password. */
    public static final List<String> TECHNICAL = List.of(INTAKE, MONITORING, VENDOR_INTEGRATION);

    /** The people of the MSP: they read everything the API shows. */
    public static final List<String> STAFF = List.of(DISPATCH, HELPDESK, ENGINEERING, VENDOR_MANAGEMENT, ON_CALL,
            DUTY_MANAGER, AUDITOR, ADMIN);

    /** The people who work incidents in Tasklist. */
    public static final List<String> WORKERS = List.of(DISPATCH, HELPDESK, ENGINEERING, VENDOR_MANAGEMENT, ON_CALL,
            DUTY_MANAGER);

    public static final List<String> ALL = List.of(DISPATCH, HELPDESK, ENGINEERING, VENDOR_MANAGEMENT, ON_CALL,
            DUTY_MANAGER, AUDITOR, ADMIN, INTAKE, MONITORING, VENDOR_INTEGRATION);

    private Groups() {
    }

    public static String authority(String group) {
        return "GROUP_" + group;
    }

    public static String[] authorities(List<String> groups) {
        return groups.stream().map(Groups::authority).toArray(String[]::new);
    }
}
