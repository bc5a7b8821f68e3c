package io.servicedesk.audit;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/** The versions of a contract's terms that were in force during a period, read from their snapshots. */
@Component
class TermsAsStood {

    private final ContractSnapshots snapshots;
    private final ObjectMapper json;

    TermsAsStood(ContractSnapshots snapshots, ObjectMapper json) {
        this.snapshots = snapshots;
        this.json = json;
    }

    /**
     * Each version is in force from when it was written until the next, the first from the contract's start;
     * a period sees the versions in force at some moment of it. Before the first recorded version (a contract
     * written before audit evidence existed) the first recorded version stands.
     */
    List<Evidence.Terms> inForce(ContractPeriod period) {
        List<ContractVersion> versions = snapshots.of(period.contract().getId());
        List<Evidence.Terms> inForce = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            Instant from = versions.get(i).getRecordedAt();
            Instant until = i + 1 < versions.size() ? versions.get(i + 1).getRecordedAt() : null;
            boolean overlaps = from.isBefore(period.end()) && (until == null || until.isAfter(period.start()));
            if (overlaps || i == 0 && !from.isBefore(period.end())) {
                inForce.add(read(versions.get(i), until, versions.get(0).getVersion()));
            }
            if (!from.isBefore(period.end())) {
                break;
            }
        }
        return inForce;
    }

    Evidence.Terms version(String contractId, long version) {
        List<ContractVersion> versions = snapshots.of(contractId);
        for (int i = 0; i < versions.size(); i++) {
            if (versions.get(i).getVersion() == version) {
                return read(versions.get(i), i + 1 < versions.size() ? versions.get(i + 1).getRecordedAt() : null,
                        versions.get(0).getVersion());
            }
        }
        return null;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Snapshot(String name, String timeZone, String afterHoursCoverage, String defaultOwner, int ackTimeoutMinutes,
            List<Hours> supportHours, List<Holiday> holidays, Map<String, Evidence.Terms.Target> targets,
            Map<String, String> scopedServices, Map<String, Vendor> vendors, LocalDate validFrom, LocalDate validTo) {

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Hours(DayOfWeek dayOfWeek, LocalTime opens, LocalTime closes) {
        }

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Holiday(LocalDate date, String name) {
        }

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Vendor(String name, String email, int responseTargetMinutes) {
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private Evidence.Terms read(ContractVersion version, Instant until, long first) {
        Snapshot terms;
        try {
            terms = json.readValue(version.getTerms(), Snapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Contract " + version.getContractId() + " version "
                    + version.getVersion() + " cannot be read back", e);
        }
        List<String> window = new ArrayList<>();
        List<Snapshot.Hours> hours = new ArrayList<>(terms.supportHours() == null ? List.of() : terms.supportHours());
        hours.sort(Comparator.comparing(Snapshot.Hours::dayOfWeek).thenComparing(Snapshot.Hours::opens));
        hours.forEach(open -> window.add(day(open.dayOfWeek()) + " " + open.opens() + "-" + open.closes()));
        List<String> holidays = (terms.holidays() == null ? List.<Snapshot.Holiday>of() : terms.holidays()).stream()
                .sorted(Comparator.comparing(Snapshot.Holiday::date))
                .map(holiday -> holiday.date() + " " + holiday.name()).toList();
        List<String> vendors = (terms.vendors() == null ? Map.<String, Snapshot.Vendor>of() : terms.vendors())
                .entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(vendor -> vendor.getKey() + ": " + vendor.getValue().name() + " <" + vendor.getValue().email()
                        + ">, answers within " + vendor.getValue().responseTargetMinutes() + " minutes")
                .toList();
        // the first version recorded is the contract as signed: in force from its start
        Instant from = version.getVersion() == first && terms.validFrom() != null
                && terms.timeZone() != null ? min(version.getRecordedAt(),
                terms.validFrom().atStartOfDay(java.time.ZoneId.of(terms.timeZone())).toInstant())
                : version.getRecordedAt();
        return new Evidence.Terms(version.getVersion(), from, until, terms.name(), terms.timeZone(),
                window, holidays, terms.afterHoursCoverage(), new TreeMap<>(terms.targets()),
                new LinkedHashMap<>(new TreeMap<>(terms.scopedServices())), vendors, terms.ackTimeoutMinutes(),
                terms.defaultOwner(), terms.validFrom(), terms.validTo());
    }

    private static String day(DayOfWeek day) {
        String name = day.name();
        return name.charAt(0) + name.substring(1, 3).toLowerCase();
    }
}
