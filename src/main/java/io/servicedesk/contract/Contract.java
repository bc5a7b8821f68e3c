package io.servicedesk.contract;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The documented support promise to one client: window, after-hours coverage, targets, scope, vendors. */
@Entity
@Table(name = "contracts")
public class Contract {

    @Id
    private String id;
    private String clientId;
    private String name;
    private String timeZone;
    @Enumerated(EnumType.STRING)
    private AfterHoursCoverage afterHoursCoverage;
    private String defaultOwner;
    private String onCallGroup;
    private String backupOnCallGroup;
    private String dutyManagerGroup;
    private int ackTimeoutMinutes;
    private int confirmationBusinessDays;
    private int acknowledgementTargetMinutes;
    private int vendorChasesBeforeEscalation;
    @Enumerated(EnumType.STRING)
    private ServiceScope fieldDispatch;
    @Enumerated(EnumType.STRING)
    private ServiceScope soc;
    @Enumerated(EnumType.STRING)
    private ServiceScope partnerSupport;
    private LocalDate validFrom;
    private LocalDate validTo;
    @Embedded
    private AlertTerms alerting;
    @Version
    private Long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contract_hours", joinColumns = @JoinColumn(name = "contract_id"))
    private Set<SupportHours> supportHours = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contract_holidays", joinColumns = @JoinColumn(name = "contract_id"))
    private Set<Holiday> holidays = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contract_targets", joinColumns = @JoinColumn(name = "contract_id"))
    @MapKeyColumn(name = "priority")
    @MapKeyEnumerated(EnumType.STRING)
    private Map<Priority, ServiceTarget> targets = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contract_vendors", joinColumns = @JoinColumn(name = "contract_id"))
    @MapKeyColumn(name = "kind")
    @MapKeyEnumerated(EnumType.STRING)
    private Map<VendorKind, Vendor> vendors = new HashMap<>();

    protected Contract() {
    }

    public Contract(String id, String clientId) {
        this.id = id;
        this.clientId = clientId;
    }

    public boolean isValidOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public ServiceTarget target(Priority priority) {
        return targets.get(priority);
    }

    public Optional<Vendor> vendor(VendorKind kind) {
        return Optional.ofNullable(vendors.get(kind));
    }

    public ServiceScope scopeOf(ScopedService service) {
        return switch (service) {
            case FIELD_DISPATCH -> fieldDispatch;
            case SOC -> soc;
            case PARTNER_SUPPORT -> partnerSupport;
        };
    }

    public Map<ScopedService, ServiceScope> scopedServices() {
        Map<ScopedService, ServiceScope> scopes = new EnumMap<>(ScopedService.class);
        for (ScopedService service : ScopedService.values()) {
            scopes.put(service, scopeOf(service));
        }
        return scopes;
    }

    void update(ContractTerms terms) {
        this.name = terms.name();
        this.timeZone = terms.timeZone();
        this.afterHoursCoverage = terms.afterHoursCoverage();
        this.defaultOwner = terms.defaultOwner();
        this.onCallGroup = terms.onCallGroup();
        this.backupOnCallGroup = terms.backupOnCallGroup();
        this.dutyManagerGroup = terms.dutyManagerGroup();
        this.ackTimeoutMinutes = terms.ackTimeoutMinutes();
        this.confirmationBusinessDays = terms.confirmationBusinessDays();
        this.acknowledgementTargetMinutes = terms.acknowledgementTargetMinutes();
        this.vendorChasesBeforeEscalation = terms.vendorChasesBeforeEscalation();
        this.fieldDispatch = terms.scopedServices().get(ScopedService.FIELD_DISPATCH);
        this.soc = terms.scopedServices().get(ScopedService.SOC);
        this.partnerSupport = terms.scopedServices().get(ScopedService.PARTNER_SUPPORT);
        this.validFrom = terms.validFrom();
        this.validTo = terms.validTo();
        this.alerting = terms.alerting();
        this.supportHours.clear();
        this.supportHours.addAll(terms.supportHours());
        this.holidays.clear();
        this.holidays.addAll(terms.holidays());
        this.targets.clear();
        this.targets.putAll(terms.targets());
        this.vendors.clear();
        this.vendors.putAll(terms.vendors());
    }

    public String getId() { return id; }
    public String getClientId() { return clientId; }
    public String getName() { return name; }
    public String getTimeZone() { return timeZone; }
    public AfterHoursCoverage getAfterHoursCoverage() { return afterHoursCoverage; }
    public String getDefaultOwner() { return defaultOwner; }
    public String getOnCallGroup() { return onCallGroup; }
    public String getBackupOnCallGroup() { return backupOnCallGroup; }
    public String getDutyManagerGroup() { return dutyManagerGroup; }
    public int getAckTimeoutMinutes() { return ackTimeoutMinutes; }
    public int getConfirmationBusinessDays() { return confirmationBusinessDays; }
    /** How soon a person acknowledges a report that a dispatcher must review (counted like the priority's targets). */
    public int getAcknowledgementTargetMinutes() { return acknowledgementTargetMinutes; }
    /** Unanswered chases of a vendor before the accountable owner and the duty manager step in. */
    public int getVendorChasesBeforeEscalation() { return vendorChasesBeforeEscalation; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public AlertTerms getAlerting() { return alerting == null ? AlertTerms.DEFAULTS : alerting; }
    public Long getVersion() { return version; }
    public Set<SupportHours> getSupportHours() { return Set.copyOf(supportHours); }
    public Set<Holiday> getHolidays() { return Set.copyOf(holidays); }
    public Map<Priority, ServiceTarget> getTargets() { return Map.copyOf(targets); }
    public Map<VendorKind, Vendor> getVendors() { return Map.copyOf(vendors); }
}
