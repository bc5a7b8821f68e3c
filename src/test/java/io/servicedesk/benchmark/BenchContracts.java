package io.servicedesk.benchmark;

import io.servicedesk.support.Api;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Three clients made over the API for the benchmark: one whose support window never closes (every report is
 * worked at once, whatever the time of day the benchmark runs), one whose window is almost always closed and
 * covers everything after hours (every report pages on-call, with an acknowledgement timer), and one whose
 * updates and hand-offs fall due two minutes after a report (timers that fire while the benchmark watches).
 * The first two have their timers hours away, so they wait without firing during the benchmark.
 */
final class BenchContracts {

    static final String ALWAYS_OPEN = "bench-24x7";
    static final String NIGHTS = "bench-nights";
    static final String FAST_TIMERS = "bench-timers";

    private BenchContracts() {
    }

    static void create(Api api, String user, String password) {
        client(api, user, password, ALWAYS_OPEN, true, 240, 480);
        client(api, user, password, NIGHTS, false, 240, 480);
        // update window opens a third of the cadence early: at 2 minutes, with the hand-off; late at 3
        client(api, user, password, FAST_TIMERS, true, 3, 2);
    }

    private static void client(Api api, String user, String password, String id, boolean alwaysOpen,
            int cadenceMinutes, int handoffMinutes) {
        expectCreated(api.send(user, password, "POST", "/api/clients", Api.json(Map.of("id", id,
                "name", "Benchmark " + id, "contacts", List.of(Map.of("name", "IT lead", "email", "it@" + id + ".test")))),
                Map.of()));
        List<Map<String, Object>> hours = new ArrayList<>();
        if (alwaysOpen) {
            for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
                hours.add(Map.of("day", day, "opens", "00:00", "closes", "00:00"));
            }
        } else {
            hours.add(Map.of("day", "SUNDAY", "opens", "00:00", "closes", "00:01"));
        }
        Map<String, Object> targets = new LinkedHashMap<>();
        for (String priority : List.of("P1", "P2", "P3", "P4")) {
            targets.put(priority, Map.of("responseMinutes", 60, "updateCadenceMinutes", cadenceMinutes,
                    "resolutionMinutes", 480, "handoffMinutes", handoffMinutes));
        }
        Map<String, Object> contract = new LinkedHashMap<>();
        contract.put("id", id + "-contract");
        contract.put("clientId", id);
        contract.put("name", "Benchmark contract " + id);
        contract.put("timeZone", "UTC");
        contract.put("afterHoursCoverage", "ALL");
        contract.put("defaultOwner", "dispatcher");
        contract.put("supportHours", hours);
        contract.put("acknowledgeTimeoutMinutes", 1440);
        contract.put("targets", targets);
        contract.put("validFrom", "2020-01-01");
        expectCreated(api.send(user, password, "POST", "/api/contracts", Api.json(contract), Map.of()));
    }

    private static void expectCreated(Api.Response response) {
        if (response.status() != 201) {
            throw new IllegalStateException("Could not set up the benchmark: " + response.status() + " "
                    + response.body());
        }
    }
}
