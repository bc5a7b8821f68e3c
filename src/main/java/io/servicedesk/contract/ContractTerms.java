package io.servicedesk.contract;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** Everything a contract promises, validated, as written by the API or the demo setup. */
public record ContractTerms(
        String name,
        String timeZone,
        AfterHoursCoverage afterHoursCoverage,
        String defaultOwner,
        String onCallGroup,
        String backupOnCallGroup,
        String dutyManagerGroup,
        int ackTimeoutMinutes,
        int confirmationBusinessDays,
        int acknowledgementTargetMinutes,
        int vendorChasesBeforeEscalation,
        Map<ScopedService, ServiceScope> scopedServices,
        Set<SupportHours> supportHours,
        Set<Holiday> holidays,
        Map<Priority, ServiceTarget> targets,
        Map<VendorKind, Vendor> vendors,
        LocalDate validFrom,
        LocalDate validTo,
        AlertTerms alerting) {

    public ContractTerms {
        alerting = alerting == null ? AlertTerms.DEFAULTS : alerting;
    }

    /** Terms with the default alerting terms (an hour to acknowledge, 3 firings in 7 days call for a review). */
    public ContractTerms(String name, String timeZone, AfterHoursCoverage afterHoursCoverage, String defaultOwner,
            String onCallGroup, String backupOnCallGroup, String dutyManagerGroup, int ackTimeoutMinutes,
            int confirmationBusinessDays, int acknowledgementTargetMinutes, int vendorChasesBeforeEscalation,
            Map<ScopedService, ServiceScope> scopedServices,
            Set<SupportHours> supportHours, Set<Holiday> holidays, Map<Priority, ServiceTarget> targets,
            Map<VendorKind, Vendor> vendors, LocalDate validFrom, LocalDate validTo) {
        this(name, timeZone, afterHoursCoverage, defaultOwner, onCallGroup, backupOnCallGroup, dutyManagerGroup,
                ackTimeoutMinutes, confirmationBusinessDays, acknowledgementTargetMinutes,
                vendorChasesBeforeEscalation, scopedServices, supportHours, holidays, targets, vendors,
                validFrom, validTo, AlertTerms.DEFAULTS);
    }
}
