package io.servicedesk.contract;

/** P1 = critical operations down, multiple users blocked, or immediate containment required. */
public enum Priority {
    P1, P2, P3, P4
}
