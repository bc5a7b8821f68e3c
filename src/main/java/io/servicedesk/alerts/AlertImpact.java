package io.servicedesk.alerts;

/**
 * What the owner says about a warning when acknowledging it. Anything but NONE is a triage signal, so
 * the warning becomes an incident and the triage rules give it its priority.
 */
public enum AlertImpact {
    NONE, USERS_BLOCKED, CRITICAL_OPERATIONS_DOWN, CONTAINMENT_REQUIRED
}
