package io.servicedesk.alerts;

/**
 * Variables of the alert, scope-decision and problem-review processes: references, what Tasklist shows
 * (ticket, clientName, summary, priority carry the reference and a label, as for incidents), who is asked,
 * and what a form just submitted. Decisions read the records, never these.
 */
final class AlertVariables {

    static final String TICKET = "ticket";
    static final String CLIENT_NAME = "clientName";
    static final String SUMMARY = "summary";
    static final String PRIORITY = "priority";
    static final String ASSET_NAME = "assetName";
    static final String ALERT_NAME = "alertName";
    static final String ALERT_DESCRIPTION = "alertDescription";

    static final String ALERT_PATH = "alertPath";
    static final String ALERT_OWNER = "alertOwner";
    static final String ALERT_TEAMS = "alertTeams";
    static final String ALERT_OWNER_REASON = "alertOwnerReason";
    static final String ACKNOWLEDGE_BY = "acknowledgeBy";
    static final String DUTY_MANAGER_GROUP = "dutyManagerGroup";
    static final String IMPACT_FOR_TRIAGE = "impactForTriage";
    static final String INCIDENT_TICKET = "incidentTicket";

    // the acknowledgement form
    static final String ALERT_IMPACT = "alertImpact";
    static final String IMPACT_USERS_BLOCKED = "impactUsersBlocked";
    static final String ACKNOWLEDGEMENT_NOTE = "acknowledgementNote";

    // scope decisions
    static final String GAP_CLIENT_ID = "gapClientId";
    static final String GAP_CONTRACT_ID = "gapContractId";
    static final String GAP_ASSET_ID = "gapAssetId";
    static final String GAP_ASSET_REF = "gapAssetRef";
    static final String GAP_REASON = "gapReason";
    static final String GAP_SOURCE = "gapSource";
    static final String GAP_SUMMARY = "gapSummary";
    static final String NEW_DECISION = "newDecision";
    static final String SERVICE_OWNER = "serviceOwner";
    static final String SERVICE_GROUP = "serviceGroup";
    static final String DECIDE_BY = "decideBy";
    static final String SCOPE_EXPLANATION = "scopeExplanation";
    // the decision form
    static final String SCOPE_OUTCOME = "scopeOutcome";
    static final String SCOPE_NOTE = "scopeNote";

    // problem reviews
    static final String REVIEW_OWNER = "reviewOwner";
    static final String REVIEW_TEAMS = "reviewTeams";
    static final String REVIEW_DUE = "reviewDue";
    static final String RECURRENCE = "recurrence";
    // the review form
    static final String ROOT_CAUSE = "rootCause";
    static final String FOLLOW_UP = "followUp";
    static final String FOLLOW_UP_OWNER = "followUpOwner";

    private AlertVariables() {
    }
}
