package io.servicedesk.demo;

import io.servicedesk.account.AccountDirectory;
import io.servicedesk.contract.AfterHoursCoverage;
import io.servicedesk.contract.ClientContact;
import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.contract.ContractCatalog.AssetDetails;
import io.servicedesk.contract.ContractTerms;
import io.servicedesk.contract.Criticality;
import io.servicedesk.contract.Holiday;
import io.servicedesk.contract.Priority;
import io.servicedesk.contract.ScopedService;
import io.servicedesk.contract.ServiceScope;
import io.servicedesk.contract.ServiceTarget;
import io.servicedesk.contract.SupportHours;
import io.servicedesk.contract.Vendor;
import io.servicedesk.contract.VendorKind;
import io.servicedesk.platform.Groups;
import io.servicedesk.platform.IdentityBootstrap;
import io.servicedesk.platform.ServiceDeskProperties;
import io.servicedesk.platform.StartupStep;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo users (one per group, password from configuration) and three clients:
 * Northwind Dental (Los Angeles, P1 only after hours, field dispatch included),
 * Brandt Logistik (Berlin, P1 and P2 after hours, field dispatch separately scoped),
 * Cobalt Studio (Los Angeles, no after-hours coverage at all). Only adds what is missing.
 */
@Component
@ConditionalOnProperty(name = "servicedesk.demo.enabled", havingValue = "true")
class DemoSetup implements StartupStep {

    private final IdentityBootstrap identity;
    private final ContractCatalog catalog;
    private final AccountDirectory accounts;
    private final String password;

    DemoSetup(IdentityBootstrap identity, ContractCatalog catalog, AccountDirectory accounts,
            ServiceDeskProperties properties) {
        this.identity = identity;
        this.catalog = catalog;
        this.accounts = accounts;
        this.password = properties.demo().password();
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("servicedesk.demo.password is not set");
        }
    }

    @Override
    public void run() {
        users();
        if (catalog.findClient("northwind").isEmpty()) {
            northwind();
        }
        if (catalog.findClient("brandt").isEmpty()) {
            brandt();
        }
        if (catalog.findClient("cobalt").isEmpty()) {
            cobalt();
        }
        technicalAccounts();
    }

    private void users() {
        identity.ensureUser("dispatcher", "Dana", "Dispatcher", "dispatcher@servicedesk.test", password, Groups.DISPATCH);
        identity.ensureUser("helpdesk", "Hugo", "Helpdesk", "helpdesk@servicedesk.test", password, Groups.HELPDESK);
        identity.ensureUser("engineer", "Erin", "Engineer", "engineer@servicedesk.test", password, Groups.ENGINEERING);
        identity.ensureUser("vendor-manager", "Victor", "Vendors", "vendors@servicedesk.test", password,
                Groups.VENDOR_MANAGEMENT);
        identity.ensureUser("on-call", "Olga", "On-call", "on-call@servicedesk.test", password, Groups.ON_CALL);
        identity.ensureUser("duty-manager", "Max", "Duty", "duty-manager@servicedesk.test", password,
                Groups.DUTY_MANAGER);
        identity.ensureUser("auditor", "Audrey", "Auditor", "auditor@servicedesk.test", password, Groups.AUDITOR);
        identity.ensureUser("admin", "Ada", "Admin", "admin@servicedesk.test", password, Groups.ADMIN);
    }

    /**
     * One portal per client, bound to it; the MSP's monitoring; Northwind's ISP reporting on its own cases.
     * Their API tokens are "&lt;demo password&gt;-&lt;account&gt;" (demo-northwind-portal, ...). The shared
     * "portal" of earlier demos, which could speak for every client, goes.
     */
    private void technicalAccounts() {
        accounts.remove("portal");
        technical("northwind-portal", Groups.INTAKE, "northwind", null);
        technical("brandt-portal", Groups.INTAKE, "brandt", null);
        technical("cobalt-portal", Groups.INTAKE, "cobalt", null);
        technical("monitoring", Groups.MONITORING, null, null);
        technical("pacific-fiber", Groups.VENDOR_INTEGRATION, null, "Pacific Fiber");
    }

    private void technical(String id, String group, String client, String vendor) {
        if (!accounts.exists(id)) {
            accounts.save(id, group, client, vendor);
        }
        accounts.issueToken(id, "demo", "demo", password + "-" + id);
    }

    private void northwind() {
        catalog.createClient("northwind", "Northwind Dental", Set.of(
                new ClientContact("Abel Stone", "abel.stone@northwind-dental.test"),
                new ClientContact("Front desk", "frontdesk@northwind-dental.test")));
        catalog.createContract("northwind-2026", "northwind", new ContractTerms(
                "Northwind Dental managed IT 2026", "America/Los_Angeles", AfterHoursCoverage.P1_ONLY,
                "dispatcher", Groups.ON_CALL, Groups.ENGINEERING, Groups.DUTY_MANAGER, 15, 3, 15, 2,
                scopes(ServiceScope.INCLUDED, ServiceScope.SEPARATELY_SCOPED, ServiceScope.NOT_OFFERED),
                weekdays(LocalTime.of(8, 0), LocalTime.of(17, 0)),
                Set.of(new Holiday(LocalDate.of(2026, 11, 26), "Thanksgiving"),
                        new Holiday(LocalDate.of(2026, 12, 25), "Christmas Day"),
                        new Holiday(LocalDate.of(2027, 1, 1), "New Year's Day")),
                targets(),
                Map.of(VendorKind.ISP, new Vendor("Pacific Fiber", "noc@pacific-fiber.test", 60),
                        VendorKind.HARDWARE, new Vendor("Dell ProSupport", "prosupport@dell.test", 240),
                        VendorKind.THIRD_PARTY_PLATFORM, new Vendor("Dentrix", "support@dentrix.test", 120)),
                LocalDate.of(2026, 1, 1), null));
        catalog.createAsset("northwind-accounting-db", "northwind", new AssetDetails("Accounting database server",
                "server", Criticality.HIGH, "Abel Stone", "Servers", true, "engineer", Groups.ENGINEERING,
                Set.of("acct-db01.northwind.lan", "acct-db01.northwind.lan:9100")));
        catalog.createAsset("northwind-frontdesk-pc", "northwind", new AssetDetails("Front desk workstation",
                "workstation", Criticality.MEDIUM, "Front desk", "Workstations", true));
        // excluded from normal maintenance: the seed's low-disk host, whose warnings nobody owned
        catalog.createAsset("northwind-rds-host", "northwind", new AssetDetails("Remote desktop host",
                "server", Criticality.HIGH, "Abel Stone", "Servers", false, "engineer", Groups.ENGINEERING,
                Set.of("rds01.northwind.lan", "rds01.northwind.lan:9100")));
    }

    private void brandt() {
        catalog.createClient("brandt", "Brandt Logistik GmbH", Set.of(
                new ClientContact("Jana Brandt", "jana.brandt@brandt-logistik.test")));
        catalog.createContract("brandt-2026", "brandt", new ContractTerms(
                "Brandt Logistik Managed Services 2026", "Europe/Berlin", AfterHoursCoverage.P1_P2,
                "helpdesk", Groups.ON_CALL, Groups.ENGINEERING, Groups.DUTY_MANAGER, 10, 2, 10, 2,
                scopes(ServiceScope.SEPARATELY_SCOPED, ServiceScope.INCLUDED, ServiceScope.SEPARATELY_SCOPED),
                weekdays(LocalTime.of(7, 0), LocalTime.of(18, 0)),
                Set.of(new Holiday(LocalDate.of(2026, 12, 25), "1. Weihnachtstag"),
                        new Holiday(LocalDate.of(2026, 12, 26), "2. Weihnachtstag"),
                        new Holiday(LocalDate.of(2027, 1, 1), "Neujahr")),
                targets(),
                Map.of(VendorKind.ISP, new Vendor("Telekom Business", "stoerung@telekom-business.test", 120),
                        VendorKind.CLOUD, new Vendor("Hetzner Cloud", "support@hetzner.test", 60)),
                LocalDate.of(2026, 1, 1), null));
        catalog.createAsset("brandt-wms", "brandt", new AssetDetails("Warehouse management system", "application",
                Criticality.HIGH, "Jana Brandt", "Applications", true, "engineer", Groups.ENGINEERING,
                Set.of("wms.brandt.lan:9100")));
        catalog.createAsset("brandt-label-printer", "brandt", new AssetDetails("Label printer hall 2", "printer",
                Criticality.LOW, "Hall 2 lead", "Peripherals", true));
    }

    private void cobalt() {
        catalog.createClient("cobalt", "Cobalt Design Studio", Set.of(
                new ClientContact("Rita Cobalt", "rita@cobalt-studio.test")));
        catalog.createContract("cobalt-2026", "cobalt", new ContractTerms(
                "Cobalt business-hours support", "America/Los_Angeles", AfterHoursCoverage.NONE,
                "helpdesk", Groups.ON_CALL, Groups.ENGINEERING, Groups.DUTY_MANAGER, 15, 3, 30, 3,
                scopes(ServiceScope.NOT_OFFERED, ServiceScope.NOT_OFFERED, ServiceScope.NOT_OFFERED),
                weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)),
                Set.of(new Holiday(LocalDate.of(2026, 12, 25), "Christmas Day")),
                targets(),
                Map.of(VendorKind.CLOUD, new Vendor("Google Workspace", "workspace-support@google.test", 240)),
                LocalDate.of(2026, 1, 1), null));
        catalog.createAsset("cobalt-nas", "cobalt", new AssetDetails("File server (NAS)", "storage",
                Criticality.MEDIUM, "Rita Cobalt", "Storage", true, "helpdesk", Groups.HELPDESK,
                Set.of("nas.cobalt.lan:9100")));
    }

    private static Map<ScopedService, ServiceScope> scopes(ServiceScope fieldDispatch, ServiceScope soc,
            ServiceScope partnerSupport) {
        Map<ScopedService, ServiceScope> scopes = new EnumMap<>(ScopedService.class);
        scopes.put(ScopedService.FIELD_DISPATCH, fieldDispatch);
        scopes.put(ScopedService.SOC, soc);
        scopes.put(ScopedService.PARTNER_SUPPORT, partnerSupport);
        return scopes;
    }

    private static Set<SupportHours> weekdays(LocalTime opens, LocalTime closes) {
        Set<SupportHours> hours = new HashSet<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                hours.add(new SupportHours(day, opens, closes));
            }
        }
        return hours;
    }

    /** Sensible defaults: P1 answered in 15 minutes, updated every 30; P4 gets no timed updates. */
    private static Map<Priority, ServiceTarget> targets() {
        Map<Priority, ServiceTarget> targets = new EnumMap<>(Priority.class);
        targets.put(Priority.P1, new ServiceTarget(15, 30, 240, 30));
        targets.put(Priority.P2, new ServiceTarget(60, 120, 480, 120));
        targets.put(Priority.P3, new ServiceTarget(240, 540, 1440, 480));
        targets.put(Priority.P4, new ServiceTarget(480, null, 4800, 960));
        return targets;
    }
}
