package io.servicedesk.vendorcase;

/** Process variables of the vendor escalation. */
final class VendorVariables {

    static final String VENDOR_KIND = "vendorKind";
    static final String VENDOR_NAME = "vendorName";
    static final String VENDOR_EMAIL = "vendorEmail";
    static final String VENDOR_RESPONSE_MINUTES = "vendorResponseMinutes";
    /** ISO duration of the vendor's response target: the chase timer. */
    static final String VENDOR_RESPONSE_TARGET = "vendorResponseTarget";
    /** Correlates vendor updates to this incident's waiting process, together with the ticket. */
    static final String VENDOR_CASE_REFERENCE = "vendorCaseReference";
    static final String VENDOR_LAST_UPDATE = "vendorLastUpdate";
    static final String VENDOR_UPDATE_STATUS = "vendorUpdateStatus";
    static final String VENDOR_UPDATE_TEXT = "vendorUpdateText";
    static final String VENDOR_FIX_REPORTED = "vendorFixReported";
    static final String FIX_VERIFIED = "fixVerified";

    private VendorVariables() {
    }
}
