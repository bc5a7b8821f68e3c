package io.servicedesk.incident;

/** Names of the incident process's variables: references plus what triage and Tasklist show. */
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
    public static final String PRIORITY = "priority";
    public static final String REVIEW_REQUIRED = "reviewRequired";
    public static final String TRIAGE_REASON = "triageReason";
    public static final String TRIAGE_RESULT = "triageResult";
    public static final String ACCOUNTABLE_OWNER = "accountableOwner";

    private ProcessVariables() {
    }
}
