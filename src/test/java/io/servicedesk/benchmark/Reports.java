package io.servicedesk.benchmark;

import io.servicedesk.support.Api;
import java.util.LinkedHashMap;
import java.util.Map;

/** The benchmark's reports: clear-cut ones (no dispatcher review), so each runs through to its acknowledgement. */
final class Reports {

    private Reports() {
    }

    /** P1, P3 and P4 in turn, for the client whose window never closes. */
    static String mixed(int index) {
        return switch (index % 3) {
            case 0 -> report(BenchContracts.ALWAYS_OPEN, index, true, 3, false);
            case 1 -> report(BenchContracts.ALWAYS_OPEN, index, false, 1, false);
            default -> report(BenchContracts.ALWAYS_OPEN, index, false, 0, false);
        };
    }

    /** The mix at a scale: two in three worked at once, one in three paging on-call after hours. */
    static String open(int index) {
        return index % 3 == 2 ? report(BenchContracts.NIGHTS, index, index % 2 == 0, 3, false) : mixed(index);
    }

    /** P3 for the client whose update and hand-off timers fall due two minutes after triage. */
    static String timed(int index) {
        return report(BenchContracts.FAST_TIMERS, index, false, 1, false);
    }

    private static String report(String client, int index, boolean criticalDown, int usersBlocked,
            boolean containment) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("clientId", client);
        report.put("summary", "Benchmark report " + index + ": mail server unreachable from branch office");
        report.put("description", "Users at the branch office cannot reach the mail server since 9:12; "
                + "webmail works. Reported by the monitoring system, check " + index + ".");
        report.put("reporter", Map.of("name", "Monitoring", "email", "monitoring@" + client + ".test"));
        report.put("channel", "MONITORING");
        report.put("criticalOperationsDown", criticalDown);
        report.put("usersBlocked", usersBlocked);
        report.put("containmentRequired", containment);
        return Api.json(report);
    }
}
