package io.servicedesk.ownership;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables of the post-incident review and its follow-ups, typed, in one place: what the review
 * form and the follow-up form just submitted, and the follow-up a "Follow-up action" diagram tracks
 * (a reference to its record).
 */
final class ReviewVariables {

    /** How many follow-up rows the review form offers. */
    static final int FOLLOW_UP_ROWS = 3;
    static final String FOLLOW_UP_ID = "followUpId";

    private ReviewVariables() {
    }

    /** One row of the review form; any part may be missing. */
    record FollowUpRow(int row, String action, String owner, String due) {

        boolean empty() {
            return blank(action) && blank(owner) && blank(due);
        }

        boolean complete() {
            return !blank(action) && !blank(owner) && !blank(due);
        }
    }

    record Review(String rootCause, boolean systemInScope, boolean systemMonitored, List<FollowUpRow> followUps) {
    }

    static Review review(VariableScope scope) {
        List<FollowUpRow> rows = new ArrayList<>();
        for (int row = 1; row <= FOLLOW_UP_ROWS; row++) {
            rows.add(new FollowUpRow(row, text(scope, "followUp" + row + "Action"), text(scope, "followUp" + row + "Owner"),
                    text(scope, "followUp" + row + "Due")));
        }
        return new Review(text(scope, "rootCause"), Boolean.TRUE.equals(scope.getVariable("systemInScope")),
                Boolean.TRUE.equals(scope.getVariable("systemMonitored")), rows);
    }

    static long followUpId(VariableScope scope) {
        return ((Number) scope.getVariable(FOLLOW_UP_ID)).longValue();
    }

    /** What the owner reports when the follow-up action is done. */
    static String followUpOutcome(VariableScope scope) {
        return text(scope, "followUpOutcome");
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }
}
