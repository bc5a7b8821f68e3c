package io.servicedesk.incident;

/** Kinds of timeline lines; auditors filter by them. */
public enum TimelineEvent {
    REPORTED,
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
    WORK_QUEUED,
    FIRST_RESPONSE
}
