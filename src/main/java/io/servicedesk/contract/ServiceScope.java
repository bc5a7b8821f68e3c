package io.servicedesk.contract;

public enum ServiceScope {
    INCLUDED,
    /** Billable: the client approves before the work starts. */
    SEPARATELY_SCOPED,
    NOT_OFFERED
}
