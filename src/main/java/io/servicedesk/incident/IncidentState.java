package io.servicedesk.incident;

/** Where an incident stands, as a client or an auditor would say it. */
public enum IncidentState {
    /** Taken in; triage has not run yet. */
    REPORTED,
    /** The signals were missing or contradictory: a dispatcher sets priority and owner. */
    AWAITING_TRIAGE_REVIEW,
    /** After hours and covered: on-call is paged and has not acknowledged yet. */
    PAGING_ON_CALL,
    /** After hours and not covered: waits for the support window to open. */
    QUEUED_FOR_WINDOW,
    /** A team is working it. */
    IN_PROGRESS,
    /** A vendor case is open; our owner keeps the incident and the client updates. */
    WITH_VENDOR,
    /** A separately scoped (billable) service waits for the client's approval. */
    AWAITING_APPROVAL,
    RESOLVED,
    CLOSED
}
