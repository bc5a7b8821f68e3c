package io.servicedesk.incident;

/** How the report reached us. */
public enum Channel {
    PORTAL, EMAIL, PHONE, MONITORING
}
