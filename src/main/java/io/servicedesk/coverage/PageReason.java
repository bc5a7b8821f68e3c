package io.servicedesk.coverage;

/** Why on-call is paged. */
public enum PageReason {
    /** Reported (or re-triaged) after hours, and the contract covers its priority after hours. */
    NEW_INCIDENT,
    /** Still open when the support window closed, and covered after hours: on-call carries it on. */
    CARRY_ON
}
