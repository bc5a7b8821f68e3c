package io.servicedesk.contract;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.servicedesk.platform.InvalidField;

/** A contract as the API reads and writes it. Omitted optional terms take the documented defaults. */
public record ContractPayload(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
        @NotBlank String clientId,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 64) String timeZone,
        AfterHoursCoverage afterHoursCoverage,
        @NotBlank @Size(max = 64) String defaultOwner,
        @Size(max = 64) String onCallGroup,
        @Size(max = 64) String backupOnCallGroup,
        @Size(max = 64) String dutyManagerGroup,
        @Min(1) @Max(1440) Integer acknowledgeTimeoutMinutes,
        @Min(0) @Max(60) Integer confirmationBusinessDays,
        @Min(1) @Max(1440) Integer acknowledgementTargetMinutes,
        @Min(1) @Max(20) Integer vendorChasesBeforeEscalation,
        Map<ScopedService, ServiceScope> scopedServices,
        @NotEmpty @Size(max = 21) List<@Valid @NotNull Hours> supportHours,
        @Size(max = 366) List<@Valid @NotNull HolidayPayload> holidays,
        @NotNull Map<Priority, @Valid @NotNull Target> targets,
        @Size(max = 4) List<@Valid @NotNull VendorPayload> vendors,
        LocalDate validFrom,
        LocalDate validTo,
        @Valid Alerting alerting,
        Long version) {

    public static final String DEFAULT_ON_CALL_GROUP = "on-call";
    public static final String DEFAULT_BACKUP_ON_CALL_GROUP = "engineering";
    public static final String DEFAULT_DUTY_MANAGER_GROUP = "duty-manager";
    public static final int DEFAULT_ACKNOWLEDGEMENT_TARGET_MINUTES = 15;
    public static final int DEFAULT_VENDOR_CHASES_BEFORE_ESCALATION = 2;

    /** One opening period; closes 00:00 means midnight at the end of the day. */
    public record Hours(@NotNull DayOfWeek day, @NotNull LocalTime opens, @NotNull LocalTime closes) {
    }

    public record HolidayPayload(@NotNull LocalDate date, @NotBlank @Size(max = 200) String name) {
    }

    public record Target(@NotNull @Min(1) Integer responseMinutes, @Min(1) Integer updateCadenceMinutes,
            @NotNull @Min(1) Integer resolutionMinutes, @NotNull @Min(1) Integer handoffMinutes) {
    }

    public record VendorPayload(@NotNull VendorKind kind, @NotBlank @Size(max = 200) String name,
            @NotBlank @Email @Size(max = 320) String email, @NotNull @Min(1) Integer responseTargetMinutes) {
    }

    /**
     * Alerting terms; omitted ones take the defaults: 60 business minutes to acknowledge a warning,
     * 3 firings within 7 days open a problem review, due (like scope decisions) in 5 business days.
     */
    public record Alerting(@Min(1) @Max(10080) Integer acknowledgeMinutes, @Min(2) @Max(100) Integer recurrenceCount,
            @Min(1) @Max(365) Integer recurrenceWindowDays, @Min(1) @Max(60) Integer reviewBusinessDays) {

        AlertTerms terms() {
            AlertTerms defaults = AlertTerms.DEFAULTS;
            return new AlertTerms(
                    acknowledgeMinutes == null ? defaults.acknowledgeMinutes() : acknowledgeMinutes,
                    recurrenceCount == null ? defaults.recurrenceCount() : recurrenceCount,
                    recurrenceWindowDays == null ? defaults.recurrenceWindowDays() : recurrenceWindowDays,
                    reviewBusinessDays == null ? defaults.reviewBusinessDays() : reviewBusinessDays);
        }

        static Alerting of(AlertTerms terms) {
            return new Alerting(terms.acknowledgeMinutes(), terms.recurrenceCount(), terms.recurrenceWindowDays(),
                    terms.reviewBusinessDays());
        }
    }

    static ContractPayload of(Contract contract) {
        return new ContractPayload(contract.getId(), contract.getClientId(), contract.getName(),
                contract.getTimeZone(), contract.getAfterHoursCoverage(), contract.getDefaultOwner(),
                contract.getOnCallGroup(), contract.getBackupOnCallGroup(), contract.getDutyManagerGroup(),
                contract.getAckTimeoutMinutes(), contract.getConfirmationBusinessDays(),
                contract.getAcknowledgementTargetMinutes(), contract.getVendorChasesBeforeEscalation(),
                contract.scopedServices(),
                contract.getSupportHours().stream()
                        .sorted(Comparator.comparing(SupportHours::dayOfWeek).thenComparing(SupportHours::opens))
                        .map(hours -> new Hours(hours.dayOfWeek(), hours.opens(), hours.closes()))
                        .toList(),
                contract.getHolidays().stream()
                        .sorted(Comparator.comparing(Holiday::date))
                        .map(holiday -> new HolidayPayload(holiday.date(), holiday.name()))
                        .toList(),
                targetsOf(contract),
                contract.getVendors().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(entry -> new VendorPayload(entry.getKey(), entry.getValue().name(), entry.getValue().email(),
                                entry.getValue().responseTargetMinutes()))
                        .toList(),
                contract.getValidFrom(), contract.getValidTo(), Alerting.of(contract.getAlerting()),
                contract.getVersion());
    }

    private static Map<Priority, Target> targetsOf(Contract contract) {
        Map<Priority, Target> targets = new EnumMap<>(Priority.class);
        contract.getTargets().forEach((priority, target) -> targets.put(priority, new Target(
                target.responseMinutes(), target.updateCadenceMinutes(), target.resolutionMinutes(),
                target.handoffMinutes())));
        return targets;
    }

    ContractTerms terms(LocalDate today) {
        Map<ScopedService, ServiceScope> scopes = new EnumMap<>(ScopedService.class);
        for (ScopedService service : ScopedService.values()) {
            scopes.put(service, ServiceScope.NOT_OFFERED);
        }
        if (scopedServices != null) {
            scopedServices.forEach((service, scope) -> {
                if (scope == null) {
                    throw new InvalidField("scopedServices." + service, "must not be null");
                }
                scopes.put(service, scope);
            });
        }
        Set<SupportHours> hours = new HashSet<>();
        supportHours.forEach(period -> {
            if (!hours.add(new SupportHours(period.day(), period.opens(), period.closes()))) {
                throw new InvalidField("supportHours", period.day() + " " + period.opens() + " is listed twice");
            }
        });
        Set<Holiday> holidaySet = new HashSet<>();
        if (holidays != null) {
            holidays.forEach(holiday -> {
                if (holidaySet.stream().anyMatch(known -> known.date().equals(holiday.date()))) {
                    throw new InvalidField("holidays", holiday.date() + " is listed twice");
                }
                holidaySet.add(new Holiday(holiday.date(), holiday.name()));
            });
        }
        Map<Priority, ServiceTarget> targetMap = new EnumMap<>(Priority.class);
        targets.forEach((priority, target) -> targetMap.put(priority, new ServiceTarget(target.responseMinutes(),
                target.updateCadenceMinutes(), target.resolutionMinutes(), target.handoffMinutes())));
        Map<VendorKind, Vendor> vendorMap = new EnumMap<>(VendorKind.class);
        if (vendors != null) {
            vendors.forEach(vendor -> {
                if (vendorMap.put(vendor.kind(), new Vendor(vendor.name(), vendor.email(),
                        vendor.responseTargetMinutes())) != null) {
                    throw new InvalidField("vendors", "One vendor per kind: " + vendor.kind() + " is listed twice");
                }
            });
        }
        return new ContractTerms(name, timeZone,
                afterHoursCoverage == null ? AfterHoursCoverage.P1_ONLY : afterHoursCoverage,
                defaultOwner,
                onCallGroup == null ? DEFAULT_ON_CALL_GROUP : onCallGroup,
                backupOnCallGroup == null ? DEFAULT_BACKUP_ON_CALL_GROUP : backupOnCallGroup,
                dutyManagerGroup == null ? DEFAULT_DUTY_MANAGER_GROUP : dutyManagerGroup,
                acknowledgeTimeoutMinutes == null ? 15 : acknowledgeTimeoutMinutes,
                confirmationBusinessDays == null ? 3 : confirmationBusinessDays,
                acknowledgementTargetMinutes == null ? DEFAULT_ACKNOWLEDGEMENT_TARGET_MINUTES : acknowledgementTargetMinutes,
                vendorChasesBeforeEscalation == null ? DEFAULT_VENDOR_CHASES_BEFORE_ESCALATION : vendorChasesBeforeEscalation,
                scopes, hours, holidaySet, targetMap, vendorMap,
                validFrom == null ? today : validFrom, validTo,
                alerting == null ? AlertTerms.DEFAULTS : alerting.terms());
    }
}
