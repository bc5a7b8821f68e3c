package io.servicedesk.incident;

/** Kinds of timeline lines; auditors filter by them. */
public enum TimelineEvent {
    REPORTED,
    REPORTER_NOT_MAILED,
    SCOPE_GAP,
    TRIAGED,
    TRIAGE_REVIEW_REQUESTED,
    TRIAGE_REVIEWED,
    OWNER_ASSIGNED,
    TASK_OPENED,
    TASK_ASSIGNED,
    TASK_COMPLETED,
    RESOLVED,
    MAIL_SENT,
    COVERAGE_DECIDED,
    RESPONSE_TARGET_SET,
    PAGE_ESCALATED,
    PAGE_ACKNOWLEDGED,
    PRIORITY_CHANGED,
    FIRST_RESPONSE,
    HANDED_OFF,
    OWNER_CHANGED,
    VENDOR_CASE_OPENED,
    VENDOR_UPDATE,
    VENDOR_CHASED,
    VENDOR_FIX_VERIFIED,
    VENDOR_FIX_REJECTED,
    SCOPED_SERVICE_REQUESTED,
    SCOPED_SERVICE_DECIDED,
    CLIENT_CONFIRMED,
    CLOSED,
    POST_INCIDENT_REVIEW,
    CLIENT_UPDATE_LATE,
    /** News from monitoring about the alert that raised the incident: fired again, cleared. */
    MONITORING
}
