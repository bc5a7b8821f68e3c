package io.servicedesk.triage;

import io.servicedesk.contract.Priority;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables of triage, typed, in one place: the decision table's result (written by the engine
 * right before "Record triage" reads it) and the dispatcher's review form (pre-filled with the
 * suggestion, submitted with the choice).
 */
final class TriageVariables {

    /** The triage decision's single result (priority, reviewRequired, reason). */
    static final String RESULT = "triageResult";
    /** Review form: the priority chosen, pre-filled with the suggestion. */
    static final String REVIEW_PRIORITY = "reviewPriority";
    /** Review form: the accountable owner chosen, pre-filled with the contract's default owner. */
    static final String REVIEW_OWNER = "reviewOwner";
    static final String TRIAGE_NOTE = "triageNote";
    /** Display: why triage asks for a review. */
    static final String TRIAGE_REASON = "triageReason";

    private TriageVariables() {
    }

    record Verdict(Priority priority, boolean reviewRequired, String reason) {
    }

    @SuppressWarnings("unchecked")
    static Verdict verdict(VariableScope scope) {
        Map<String, Object> result = (Map<String, Object>) scope.getVariable(RESULT);
        return new Verdict(Priority.valueOf((String) result.get("priority")),
                Boolean.TRUE.equals(result.get("reviewRequired")), (String) result.get("reason"));
    }

    /** Pre-fills the review form with the verdict, and shows why a review is needed. */
    static void suggest(VariableScope scope, Priority priority, String owner, String reason) {
        scope.setVariable(REVIEW_PRIORITY, priority.name());
        scope.setVariable(REVIEW_OWNER, owner);
        scope.setVariable(TRIAGE_REASON, reason);
    }

    /** Empty when the dispatcher chose nothing a priority can be made of. */
    static Optional<Priority> reviewedPriority(VariableScope scope) {
        Object chosen = scope.getVariable(REVIEW_PRIORITY);
        return Arrays.stream(Priority.values()).filter(priority -> priority.name().equals(chosen)).findFirst();
    }

    static String reviewedOwner(VariableScope scope) {
        return (String) scope.getVariable(REVIEW_OWNER);
    }

    static String note(VariableScope scope) {
        return (String) scope.getVariable(TRIAGE_NOTE);
    }
}
