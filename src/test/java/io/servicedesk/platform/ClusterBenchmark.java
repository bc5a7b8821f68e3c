package io.servicedesk.platform;

import io.servicedesk.support.Cluster;
import io.servicedesk.support.PortalLoad;
import io.servicedesk.support.PostgresServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Measures job-executor settings for two nodes on one PostgreSQL (README "Running a cluster" has the
 * figures): each setting on a fresh database with two nodes started together, a warm-up, then a burst of
 * P1 reports from 16 portal threads spread over both nodes, until every report waits at its first user
 * task. Not part of the suite (a benchmark prints figures, it asserts nothing); run it alone:
 * <pre>
 * ./mvnw -B test -Pbenchmark -Dtest=ClusterBenchmark \
 *     [-Dbenchmark.reports=300] [-Dbenchmark.settings=starter-defaults,threads4-batch8] [-Dbenchmark.rounds=1]
 * </pre>
 */
@Tag("benchmark")
class ClusterBenchmark {

    private static final String CLIENT = "bench";
    private static final String MAIL = "desk@bench-cluster.test";

    /** The settings measured, as the environment variables an operator would set. */
    private static final Map<String, Map<String, String>> SETTINGS = new LinkedHashMap<>();

    static {
        // application.yaml and application-cluster.yaml as they are
        SETTINGS.put("as-configured", Map.of());
        // the Camunda starter's defaults: 3 to 10 threads, 3 jobs a time
        SETTINGS.put("starter-defaults", Map.of(
                "CAMUNDA_BPM_JOBEXECUTION_COREPOOLSIZE", "3",
                "CAMUNDA_BPM_JOBEXECUTION_MAXPOOLSIZE", "10",
                "CAMUNDA_BPM_JOBEXECUTION_QUEUECAPACITY", "3",
                "CAMUNDA_BPM_JOBEXECUTION_MAXJOBSPERACQUISITION", "3"));
        SETTINGS.put("pool10", Map.of("SERVICEDESK_DB_POOL_SIZE", "10"));
        SETTINGS.put("threads3", Map.of(
                "CAMUNDA_BPM_JOBEXECUTION_COREPOOLSIZE", "3",
                "CAMUNDA_BPM_JOBEXECUTION_MAXPOOLSIZE", "3"));
        // one node's settings (4 threads, 8 jobs a time) on each of the two nodes
        SETTINGS.put("threads4-batch8", Map.of(
                "CAMUNDA_BPM_JOBEXECUTION_COREPOOLSIZE", "4",
                "CAMUNDA_BPM_JOBEXECUTION_MAXPOOLSIZE", "4",
                "CAMUNDA_BPM_JOBEXECUTION_QUEUECAPACITY", "8",
                "CAMUNDA_BPM_JOBEXECUTION_MAXJOBSPERACQUISITION", "8"));
        // the same, and a node that lost a race for jobs to the other waits a little before acquiring again
        SETTINGS.put("threads4-batch8-backoff", Map.of(
                "CAMUNDA_BPM_JOBEXECUTION_COREPOOLSIZE", "4",
                "CAMUNDA_BPM_JOBEXECUTION_MAXPOOLSIZE", "4",
                "CAMUNDA_BPM_JOBEXECUTION_QUEUECAPACITY", "8",
                "CAMUNDA_BPM_JOBEXECUTION_MAXJOBSPERACQUISITION", "8",
                "CAMUNDA_BPM_JOBEXECUTION_BACKOFFTIMEINMILLIS", "50",
                "CAMUNDA_BPM_JOBEXECUTION_MAXBACKOFF", "800"));
        SETTINGS.put("threads10-batch10", Map.of(
                "CAMUNDA_BPM_JOBEXECUTION_COREPOOLSIZE", "10",
                "CAMUNDA_BPM_JOBEXECUTION_MAXPOOLSIZE", "10",
                "CAMUNDA_BPM_JOBEXECUTION_QUEUECAPACITY", "10",
                "CAMUNDA_BPM_JOBEXECUTION_MAXJOBSPERACQUISITION", "10"));
    }

    @Test
    void measureJobExecutorSettingsOnTwoNodes() throws Exception {
        int reports = Integer.getInteger("benchmark.reports", 300);
        int rounds = Integer.getInteger("benchmark.rounds", 1);
        List<String> chosen = List.of(System.getProperty("benchmark.settings", String.join(",", SETTINGS.keySet()))
                .split(","));
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-24s %8s %9s %9s %9s %9s %9s %8s %9s %8s %8s", "setting", "reports",
                "accept/s", "worked/s", "p50 s", "p95 s", "max s", "job max", "acquired", "failed", "rejected"));
        try (PostgresServer postgres = PostgresServer.start()) {
            int run = 0;
            for (int round = 1; round <= rounds; round++) {
                for (String name : chosen) {
                    lines.add(measure(postgres, "bench_" + (++run), name, SETTINGS.get(name), reports));
                    System.out.println(String.join("\n", lines));
                }
            }
        }
        System.out.println("\nTwo nodes, " + Runtime.getRuntime().availableProcessors() + " CPUs, load average "
                + java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()
                + " at the end\n" + String.join("\n", lines));
    }

    private static String measure(PostgresServer postgres, String database, String name, Map<String, String> setting,
            int reports) throws Exception {
        Map<String, String> environment = new LinkedHashMap<>(setting);
        environment.put("JAVA_TOOL_OPTIONS", "-Xmx768m -XX:+UseSerialGC");
        try (Cluster cluster = Cluster.start(postgres, database, 2, environment);
                PortalLoad load = new PortalLoad(cluster, CLIENT, MAIL, 16)) {
            // no hand-off timer falls due during the run
            cluster.addRoundTheClockClient(CLIENT, MAIL, 240);
            load.send(40);
            awaitWorked(cluster, tickets(load.accepted().values()));
            Set<String> warmUp = tickets(load.accepted().values());

            Instant start = Instant.now();
            load.send(reports);
            Instant allAccepted = Instant.now();
            Set<String> measured = tickets(load.accepted().values());
            measured.removeAll(warmUp);
            awaitWorked(cluster, measured);
            Instant allWorked = Instant.now();

            List<Double> latencies = latencies(cluster, measured);
            double jobMax = maxJobSeconds(cluster, start);
            cluster.nodes().forEach(Cluster.Node::stop);
            Map<String, Long> meters = meters(cluster);
            return String.format("%-24s %8d %9.1f %9.1f %9.2f %9.2f %9.2f %8.2f %9d %8d %8d", name, reports,
                    reports / seconds(start, allAccepted), reports / seconds(start, allWorked),
                    percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 100), jobMax,
                    meters.getOrDefault("job-acquired-success", 0L), meters.getOrDefault("job-acquired-failure", 0L),
                    meters.getOrDefault("job-execution-rejected", 0L));
        }
    }

    private static Set<String> tickets(Collection<PortalLoad.Accepted> accepted) {
        return accepted.stream().map(PortalLoad.Accepted::ticket).collect(Collectors.toCollection(TreeSet::new));
    }

    private static void awaitWorked(Cluster cluster, Set<String> tickets) {
        Cluster.awaitUntil(Duration.ofMinutes(15), () -> worked(cluster).containsAll(tickets),
                () -> "not all reports at their first user task");
    }

    private static Set<String> worked(Cluster cluster) {
        return new TreeSet<>(cluster.strings("select p.business_key_ from act_hi_procinst p"
                + " where exists (select 1 from act_hi_taskinst t where t.proc_inst_id_ = p.id_)"));
    }

    /** Seconds from the report (the process instance's start) to its first user task. */
    private static List<Double> latencies(Cluster cluster, Set<String> tickets) {
        Map<String, List<String>> rows = cluster.pairs("select p.business_key_,"
                + " extract(epoch from (select min(t.start_time_) from act_hi_taskinst t where t.proc_inst_id_ = p.id_)"
                + " - p.start_time_) from act_hi_procinst p");
        List<Double> latencies = new ArrayList<>();
        rows.forEach((ticket, values) -> {
            if (tickets.contains(ticket) && values.get(0) != null) {
                latencies.add(Double.parseDouble(values.get(0)));
            }
        });
        latencies.sort(Double::compare);
        return latencies;
    }

    /** The longest a job took from being created (or falling due) to its successful end: a lock-time bound. */
    private static double maxJobSeconds(Cluster cluster, Instant since) {
        List<String> value = cluster.strings("select max(extract(epoch from done.timestamp_"
                + " - greatest(created.timestamp_, coalesce(created.job_duedate_, created.timestamp_))))"
                + " from act_hi_job_log done join act_hi_job_log created on created.job_id_ = done.job_id_"
                + " and created.job_state_ = 0 where done.job_state_ = 2 and done.timestamp_ > ?", since);
        return value.get(0) == null ? 0 : Double.parseDouble(value.get(0));
    }

    private static Map<String, Long> meters(Cluster cluster) {
        Map<String, Long> meters = new LinkedHashMap<>();
        cluster.pairs("select name_, sum(value_) from act_ru_meter_log group by name_")
                .forEach((meter, values) -> meters.put(meter, Long.parseLong(values.get(0))));
        return meters;
    }

    private static double percentile(List<Double> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }
}
