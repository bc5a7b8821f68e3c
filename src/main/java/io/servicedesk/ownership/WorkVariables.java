package io.servicedesk.ownership;

import io.servicedesk.contract.ScopedService;
import java.util.Arrays;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables of working the incident, typed, in one place: what the work forms and the client's
 * answers just submitted. Who owns the incident, its scoped-service requests, its resolution and its
 * confirmation are on the record.
 */
final class WorkVariables {

    /** What the working team decided. */
    enum Outcome { RESOLVED, ENGINEERING, VENDOR, SCOPED_SERVICE }

    static final String OUTCOME = "outcome";
    /** Which team's outcome is recorded: an input parameter of "Record ... outcome", set in the diagram. */
    static final String TIER = "tier";
    static final String DIAGNOSIS_NOTES = "diagnosisNotes";
    static final String ENGINEERING_NOTES = "engineeringNotes";
    static final String VENDOR_KIND = "vendorKind";
    static final String SCOPED_SERVICE = "scopedService";
    static final String SCOPE_REASON = "scopeReason";
    static final String RESOLUTION = "resolution";
    static final String APPROVAL_DECISION = "approvalDecision";
    static final String APPROVED_BY = "approvedBy";
    static final String APPROVAL_NOTE = "approvalNote";

    private WorkVariables() {
    }

    static Optional<Outcome> outcome(VariableScope scope) {
        Object chosen = scope.getVariable(OUTCOME);
        return Arrays.stream(Outcome.values()).filter(outcome -> outcome.name().equals(chosen)).findFirst();
    }

    static String tier(VariableScope scope) {
        return text(scope, TIER);
    }

    /** The team's notes: diagnosis from helpdesk, engineering notes from engineering. */
    static String notes(VariableScope scope, String tier) {
        return text(scope, "engineering".equals(tier) ? ENGINEERING_NOTES : DIAGNOSIS_NOTES);
    }

    static String diagnosis(VariableScope scope) {
        return text(scope, DIAGNOSIS_NOTES);
    }

    static String vendorKind(VariableScope scope) {
        return text(scope, VENDOR_KIND);
    }

    static Optional<ScopedService> scopedService(VariableScope scope) {
        Object chosen = scope.getVariable(SCOPED_SERVICE);
        return Arrays.stream(ScopedService.values()).filter(service -> service.name().equals(chosen)).findFirst();
    }

    static String scopeReason(VariableScope scope) {
        return text(scope, SCOPE_REASON);
    }

    static String resolution(VariableScope scope) {
        return text(scope, RESOLUTION);
    }

    /** APPROVED or REFUSED, from the dispatcher's form or the client's answer through the API. */
    static String approvalDecision(VariableScope scope) {
        return text(scope, APPROVAL_DECISION);
    }

    static String approvedBy(VariableScope scope) {
        return text(scope, APPROVED_BY);
    }

    static String approvalNote(VariableScope scope) {
        return text(scope, APPROVAL_NOTE);
    }

    private static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }
}
