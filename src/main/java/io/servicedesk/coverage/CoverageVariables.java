package io.servicedesk.coverage;

/** Process variables of the coverage check, paging and the wait for the window. */
final class CoverageVariables {

    static final String IN_WINDOW = "inWindow";
    static final String AFTER_HOURS_COVERAGE = "afterHoursCoverage";
    static final String WINDOW_OPENS_AT = "windowOpensAt";
    static final String RESPONSE_DUE = "responseDue";
    static final String RESPONSE_AROUND_THE_CLOCK = "responseAroundTheClock";
    static final String COVERAGE_RESULT = "coverageResult";
    static final String COVERAGE_ACTION = "coverageAction";
    /** Counts coverage checks: part of the dedupe keys of the mails each check causes. */
    static final String COVERAGE_CHECK = "coverageCheck";
    static final String ON_CALL_GROUP = "onCallGroup";
    static final String ACKNOWLEDGE_TIMEOUT = "acknowledgeTimeout";
    /** Everybody paged so far, comma-separated: each of them may acknowledge. */
    static final String PAGED_GROUPS = "pagedGroups";
    static final String ACKNOWLEDGE_BY = "acknowledgeBy";
    /** How often the page was escalated: 1 = backup on-call, 2 and more = duty manager. */
    static final String ESCALATIONS = "escalations";
    static final String ESCALATED_GROUP = "escalatedGroup";
    static final String WORKING_GROUP = "workingGroup";
    static final String WORK_ASSIGNEE = "workAssignee";

    private CoverageVariables() {
    }
}
