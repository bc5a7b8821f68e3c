package io.servicedesk.alerts;

/** Where an alert stands in its lifecycle, as its owner or an auditor would say it. */
public enum AlertState {
    /** Recorded; the alert process has not routed it yet. */
    RECEIVED,
    /** A warning waiting for its owner's acknowledgement. */
    AWAITING_ACKNOWLEDGEMENT,
    /** Not acknowledged by the deadline: the duty manager has it. */
    ESCALATED,
    /** Its owner (or the duty manager) acknowledged it and said what the impact is. */
    ACKNOWLEDGED,
    /** Raised as an incident: the incident record says how it is worked. */
    INCIDENT_RAISED,
    /** A scope gap: the service owner decides whether it belongs to the contract. */
    SCOPE_DECISION,
    /** Information only: recorded and counted, nobody asked. */
    RECORDED,
    /** A warning that cleared before anybody acknowledged it: counted for recurrence, nobody asked any more. */
    CLEARED
}
