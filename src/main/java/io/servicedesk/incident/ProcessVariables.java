package io.servicedesk.incident;

/**
 * The incident process's variables: the ticket (also the business key) and what Tasklist lists and
 * forms show. They are written by the system and read by people; no gateway, timer or delegate decides
 * on them: decisions read the incident record ({@link IncidentFacts}).
 */
public final class ProcessVariables {

    public static final String TICKET = "ticket";
    public static final String CLIENT_ID = "clientId";
    public static final String CONTRACT_ID = "contractId";
    public static final String CLIENT_NAME = "clientName";
    public static final String SUMMARY = "summary";
    public static final String ASSET_ID = "assetId";
    public static final String ASSET_NAME = "assetName";
    public static final String ASSET_CRITICALITY = "assetCriticality";
    public static final String SCOPE_GAP = "scopeGap";
    public static final String CRITICAL_OPERATIONS_DOWN = "criticalOperationsDown";
    public static final String USERS_BLOCKED = "usersBlocked";
    public static final String CONTAINMENT_REQUIRED = "containmentRequired";
    /** Display only: the record's priority, for Tasklist columns and forms. */
    public static final String PRIORITY = "priority";
    /** Display only: why triage decided as it did. */
    public static final String TRIAGE_REASON = "triageReason";

    private ProcessVariables() {
    }
}
