package io.servicedesk.ownership;

/** Process variables of working the incident to closure. */
final class WorkVariables {

    /** What the working team decided: RESOLVED, ENGINEERING, VENDOR, SCOPED_SERVICE. */
    static final String OUTCOME = "outcome";
    /** Which team's outcome is recorded (input parameter of "Record ... outcome"). */
    static final String TIER = "tier";
    /** The team a scoped-service detour returns to. */
    static final String REQUESTING_TIER = "requestingTier";
    static final String SCOPED_SERVICE = "scopedService";
    static final String SCOPE_REASON = "scopeReason";
    static final String SERVICE_SCOPE = "serviceScope";
    static final String SCOPED_REQUEST_ID = "scopedRequestId";
    static final String APPROVAL_DECISION = "approvalDecision";
    static final String APPROVED_BY = "approvedBy";
    static final String APPROVAL_NOTE = "approvalNote";
    static final String RESOLUTION = "resolution";
    /** Set when the incident is resolved: stops the client-update loop. */
    static final String STABILISED = "stabilised";
    static final String AUTO_CLOSE_AT = "autoCloseAt";
    static final String CLIENT_CONFIRMED = "clientConfirmed";
    static final String CONFIRMED_BY = "confirmedBy";

    private WorkVariables() {
    }
}
