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
    /** Technical accounts of the portal, the mail gateway and monitoring: they report incidents, nothing else. */
    public static final String INTAKE = "intake";
    /** Technical account of monitoring (Alertmanager): posts alerts and reports for any client, reads nothing. */
    public static final String MONITORING = "monitoring";

    /** The people who work incidents in Tasklist. */
    public static final List<String> WORKERS = List.of(DISPATCH, HELPDESK, ENGINEERING, VENDOR_MANAGEMENT, ON_CALL,
            DUTY_MANAGER);

    public static final List<String> ALL = List.of(DISPATCH, HELPDESK, ENGINEERING, VENDOR_MANAGEMENT, ON_CALL,
            DUTY_MANAGER, AUDITOR, ADMIN, INTAKE, MONITORING);

    private Groups() {
    }

    public static String authority(String group) {
        return "GROUP_" + group;
    }
}
