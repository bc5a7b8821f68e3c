package io.servicedesk.communication;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables of the "Write client update" form, typed, in one place: what the owner just wrote,
 * and the next-update time, pre-filled with the latest the contract allows. Everything else about the
 * loop (number, due times, writer) is the incident's {@link UpdateSchedule}.
 */
final class UpdateVariables {

    static final String WHAT_IS_KNOWN = "whatIsKnown";
    static final String WHAT_IS_BEING_CHECKED = "whatIsBeingChecked";
    static final String NEXT_ACTION = "nextAction";
    /** The owner's promise for the following update; pre-filled with the latest allowed (ISO-8601 with offset). */
    static final String NEXT_UPDATE_AT = "nextUpdateAt";
    /** Display: the latest next update the contract allows. */
    static final String NEXT_UPDATE_LATEST = "nextUpdateLatest";

    private UpdateVariables() {
    }

    record Written(String known, String checking, String nextAction, String nextUpdateAt) {
    }

    static Written written(VariableScope scope) {
        return new Written(text(scope, WHAT_IS_KNOWN), text(scope, WHAT_IS_BEING_CHECKED), text(scope, NEXT_ACTION),
                text(scope, NEXT_UPDATE_AT));
    }

    static void suggestNextUpdate(VariableScope scope, String latest) {
        scope.setVariable(NEXT_UPDATE_AT, latest);
        scope.setVariable(NEXT_UPDATE_LATEST, latest);
    }

    private static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }
}
