package io.servicedesk.vendorcase;

import io.servicedesk.contract.VendorKind;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables of the vendor escalation, typed, in one place: the vendor kind the team asked for
 * (passed in by the calling diagram), the case reference vendor management entered (the reference the
 * vendor's updates correlate on), a vendor update's payload, and the verification form. The case itself
 * (status, chases, next chase) is a record.
 */
final class VendorVariables {

    static final String VENDOR_KIND = "vendorKind";
    /** Display: who the case goes to. */
    static final String VENDOR_NAME = "vendorName";
    static final String VENDOR_EMAIL = "vendorEmail";
    /** The vendor's case reference: vendor updates correlate to this diagram by ticket and this reference. */
    static final String VENDOR_CASE_REFERENCE = "vendorCaseReference";
    /** Display: the vendor's last word, for the verification form. */
    static final String VENDOR_LAST_UPDATE = "vendorLastUpdate";
    static final String VENDOR_UPDATE_STATUS = "vendorUpdateStatus";
    static final String VENDOR_UPDATE_TEXT = "vendorUpdateText";
    static final String VENDOR_NOTE = "vendorNote";
    static final String DIAGNOSIS_NOTES = "diagnosisNotes";
    static final String FIX_VERIFIED = "fixVerified";
    static final String VERIFICATION_NOTES = "verificationNotes";
    static final String RESOLUTION = "resolution";

    private VendorVariables() {
    }

    static VendorKind kind(VariableScope scope) {
        return VendorKind.valueOf((String) scope.getVariable(VENDOR_KIND));
    }

    static String caseReference(VariableScope scope) {
        return text(scope, VENDOR_CASE_REFERENCE);
    }

    static void caseReference(VariableScope scope, String reference) {
        scope.setVariable(VENDOR_CASE_REFERENCE, reference);
    }

    static void vendor(VariableScope scope, String name, String email) {
        scope.setVariable(VENDOR_NAME, name);
        scope.setVariable(VENDOR_EMAIL, email);
    }

    static void lastUpdate(VariableScope scope, String lastUpdate) {
        scope.setVariable(VENDOR_LAST_UPDATE, lastUpdate);
    }

    /** What the vendor's update (POST .../vendor-updates) carried. */
    static boolean fixAvailable(VariableScope scope) {
        return "FIX_AVAILABLE".equals(scope.getVariable(VENDOR_UPDATE_STATUS));
    }

    static String updateText(VariableScope scope) {
        return text(scope, VENDOR_UPDATE_TEXT);
    }

    static String request(VariableScope scope) {
        return text(scope, VENDOR_NOTE);
    }

    static String diagnosis(VariableScope scope) {
        return text(scope, DIAGNOSIS_NOTES);
    }

    static boolean fixWorks(VariableScope scope) {
        return Boolean.TRUE.equals(scope.getVariable(FIX_VERIFIED));
    }

    static String verificationNotes(VariableScope scope) {
        return text(scope, VERIFICATION_NOTES);
    }

    static String resolution(VariableScope scope) {
        return text(scope, RESOLUTION);
    }

    /** What the owner or the duty manager decided about the silent vendor ("Handle silent vendor"). */
    static String silentVendorDecision(VariableScope scope) {
        return text(scope, "silentVendorDecision");
    }

    private static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }
}
