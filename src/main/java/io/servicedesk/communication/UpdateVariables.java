package io.servicedesk.communication;

/** Process variables of the acknowledgement and the client-update loop. */
final class UpdateVariables {

    static final String UPDATES_DUE = "updatesDue";
    static final String UPDATE_NUMBER = "updateNumber";
    /** When this update must reach the client (the promise, or the contract's cadence). */
    static final String UPDATE_DUE_AT = "updateDueAt";
    /** When the "Write client update" task appears: a little before it is due. */
    static final String UPDATE_OPENS_AT = "updateOpensAt";
    /** The owner's promise for the following update; pre-filled with the cadence (ISO-8601 with offset). */
    static final String NEXT_UPDATE_AT = "nextUpdateAt";
    static final String NEXT_UPDATE_LATEST = "nextUpdateLatest";
    static final String PROMISED_UPDATE_AT = "promisedUpdateAt";
    static final String DUTY_MANAGER_GROUP = "dutyManagerGroup";
    static final String WHAT_IS_KNOWN = "whatIsKnown";
    static final String WHAT_IS_BEING_CHECKED = "whatIsBeingChecked";
    static final String NEXT_ACTION = "nextAction";

    private UpdateVariables() {
    }
}
