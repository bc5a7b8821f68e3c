package io.servicedesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.servicedesk.support.Api;
import io.servicedesk.support.Load;
import io.servicedesk.support.ServiceProcess;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The benchmark of README "Performance": the service in its own JVM on its embedded default (H2 in a
 * file, demo profile), and in the same run a bare Camunda engine starting a one-task process on the same
 * database as the reference. Prints a table and writes it to target/benchmark/report.md. It measures and
 * prints; it asserts only that nothing was lost or failed, never a time.
 *
 * <pre>./mvnw -B test -Pbenchmark</pre>
 *
 * System properties: {@code benchmark.open} (open incidents for the timer run, default 20000),
 * {@code benchmark.jvm} (the service's JVM options), {@code benchmark.env} (settings for the service,
 * {@code KEY=value,KEY=value}: to measure a lever), {@code benchmark.phases} (clients:reports,...),
 * {@code benchmark.timers=false} skips the timer run, {@code benchmark.wave} (reports whose timers fall due
 * together, default 1500), {@code benchmark.warmup} (reports before the measurements, default 300).
 */
@Tag("benchmark")
class PerformanceBenchmark {

    private static final String PASSWORD = "benchmark";
    /** The account that posts the reports: the demo's monitoring, which may report for any client (its token). */
    private static final String REPORTER = "Bearer " + PASSWORD + "-monitoring";
    private static final String JVM = System.getProperty("benchmark.jvm", "-Xms256m -Xmx320m -XX:+UseSerialGC");
    private static final int OPEN = Integer.getInteger("benchmark.open", 20_000);
    private static final boolean TIMERS = !"false".equals(System.getProperty("benchmark.timers"));
    /** reports of the timer wave, posted at 25 a second: two timers each fall due two minutes later */
    private static final int WAVE = Integer.getInteger("benchmark.wave", 1500);
    private static final int WARM_UP = Integer.getInteger("benchmark.warmup", 300);
    /** clients:reports per phase; the last one is the burst whose drain time is reported */
    private static final String[] PHASES = System.getProperty("benchmark.phases", "1:300,4:1000,16:1000").split(",");
    private static final Pattern BARE = Pattern.compile(
            "BARE clients=(\\d+) instances=(\\d+) seconds=([\\d.]+) p50=([\\d.]+) p99=([\\d.]+) cpu=([\\d.]+)");

    private final Map<String, String[]> rows = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private Map<Integer, double[]> bareResults;

    @Test
    void measuresTheServiceAgainstTheBareEngine() throws Exception {
        Path run = Path.of("target", "benchmark", DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .format(LocalDateTime.now())).toAbsolutePath();
        Files.createDirectories(run);

        bareResults = bareEngine(run.resolve("bare/engine"), PHASES);
        try {
            measureService(run);
        } finally {
            // what was measured is printed, also when a later part failed
            print(run);
        }
    }

    private void measureService(Path run) throws IOException {
        Map<Integer, double[]> bare = bareResults;

        Path serviceDir = Files.createDirectories(run.resolve("service"));
        Map<String, String> environment = new LinkedHashMap<>(ServiceProcess.env("SPRING_PROFILES_ACTIVE",
                "demo", "SERVICEDESK_DEMO_PASSWORD", PASSWORD));
        for (String setting : System.getProperty("benchmark.env", "").split(",")) {
            if (setting.contains("=")) {
                environment.put(setting.substring(0, setting.indexOf('=')), setting.substring(setting.indexOf('=') + 1));
            }
        }
        long startedAt = System.nanoTime();
        ServiceProcess service = ServiceProcess.startIn(serviceDir, "benchmark-" + run.getFileName(), environment,
                Duration.ofMinutes(10), JVM.split(" ")).awaitLogin("admin", PASSWORD, Duration.ofMinutes(5));
        double firstStart = (System.nanoTime() - startedAt) / 1e9;
        try {
            Api api = service.api();
            EngineRest engine = new EngineRest(api, "admin", PASSWORD);
            BenchContracts.create(api, "admin", PASSWORD);

            // warm-up: the JIT compiles what the measurements run
            measure(service, engine, 4, WARM_UP, Reports::mixed);

            int errors = 0;
            int refused = 0;
            Phase burst = null;
            for (String spec : PHASES) {
                int clients = Integer.parseInt(spec.split(":")[0]);
                Phase measured = measure(service, engine, clients, Integer.parseInt(spec.split(":")[1]),
                        Reports::mixed);
                double[] reference = bare.get(clients);
                String who = clients + (clients == 1 ? " client" : " clients");
                row("Intake/s at " + who, f(measured.load.perSecond()), f(reference[0]),
                        pct(measured.load.perSecond(), reference[0]));
                row("Intake p50 / p99 at " + who + " (ms)", f(measured.load.percentile(50)) + " / "
                        + f(measured.load.percentile(99)), f(reference[1]) + " / " + f(reference[2]), "");
                row("Pipeline/s at " + who + " (report to acknowledgement)", f(measured.pipelinePerSecond()),
                        f(reference[0]), pct(measured.pipelinePerSecond(), reference[0]));
                row("CPU ms per incident at " + who + " (service process; bare: per instance)",
                        f(measured.cpuMillisEach), f(reference[3]), pct(reference[3], measured.cpuMillisEach));
                errors += measured.load.errors();
                refused += measured.load.retriesAfter();
                burst = measured;
            }
            row("Drain after the last report of the last phase (s)", f(burst.drainSeconds), "", "");
            row("Errors / 503 answered (then retried) / failed jobs / Cockpit incidents / pool time-outs",
                    errors + " / " + refused + " / " + engine.failedJobExecutions() + " / " + engine.cockpitIncidents()
                            + " / " + poolTimeouts(service), "", "");
            row("Resident memory after the phases (MiB)", f(rssMiB(service.pid())), "", "");
            row("Start-up, empty database (s)", f(firstStart), "", "");

            if (TIMERS) {
                timers(service, engine, serviceDir, environment);
            } else {
                long incidents = engine.count("/engine-rest/history/process-instance/count?processDefinitionKey=incident");
                service.stop();
                databaseBytes(serviceDir, incidents);
            }
        } finally {
            service.close();
        }
    }

    // ------------------------------------------------------------------------------------------------

    /** One load phase and how long the pipeline needed to catch up with it. */
    private record Phase(Load.Result load, double drainSeconds, double totalSeconds, double cpuMillisEach) {

        double pipelinePerSecond() {
            return load.acknowledged().size() / totalSeconds;
        }
    }

    private Phase measure(ServiceProcess service, EngineRest engine, int clients, int reports,
            IntFunction<String> body) {
        long cpuBefore = cpuMillis(service.pid());
        Load.Result load = new Load(service.port(), REPORTER, clients).post(reports, body);
        assertThat(load.errors()).as("errors: %s", load.problems()).isZero();
        long drained;
        try {
            drained = awaitDrained(engine, Duration.ofMinutes(10));
        } catch (RuntimeException | AssertionError stalled) {
            threadDump(service);
            throw stalled;
        }
        double cpu = (double) (cpuMillis(service.pid()) - cpuBefore) / load.acknowledged().size();
        return new Phase(load, (drained - load.lastAnswerNanos()) / 1e9, (drained - load.startedNanos()) / 1e9, cpu);
    }

    /**
     * Waits until no job is due: every accepted report is triaged, covered and acknowledged. Asks once a
     * second: the count walks the job table, and asking five times a second cost the service a tenth of a
     * core that the measurement charged to the incidents.
     */
    private static long awaitDrained(EngineRest engine, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (engine.executableJobs() == 0) {
                    return System.nanoTime();
                }
            } catch (RuntimeException slow) {
                // a count not answered within the client's time-out: the service is busy, ask again
            }
            sleep(1000);
        }
        throw new AssertionError("The pipeline did not drain within " + timeout);
    }

    /**
     * Timers at scale: open incidents up to {@link #OPEN}, each with its update and hand-off or page timers
     * (hours away), then {@link #WAVE} reports (1,500) at 25 a second whose update window and hand-off both fall due two
     * minutes after triage (50 timers a second for a minute), and whose update is late a minute later.
     * Lateness = when the timer's job ran minus its due date, from the engine's job log.
     */
    private void timers(ServiceProcess service, EngineRest engine, Path serviceDir, Map<String, String> environment) {
        long open = engine.runningInstances("incident");
        int missing = (int) Math.max(0, OPEN - open - WAVE);
        if (missing > 0) {
            Load.Result fill = new Load(service.port(), REPORTER, 8).post(missing, Reports::open);
            assertThat(fill.errors()).as("errors: %s", fill.problems()).isZero();
            awaitDrained(engine, Duration.ofMinutes(60));
        }
        long timersWaiting = engine.timerJobs();
        Instant waveStart = Instant.now();
        Load.Result wave = paced(service, WAVE, 25, Reports::timed);
        assertThat(wave.errors()).as("errors: %s", wave.problems()).isZero();
        // the last reports' late-update timers fall due three minutes after they were triaged
        sleep(Duration.between(Instant.now(), waveStart.plus(Duration.ofMinutes(4).plusSeconds(30))).toMillis());
        awaitDrained(engine, Duration.ofMinutes(10));
        long rss = rssKiB(service.pid());
        long peak = hwmKiB(service.pid());

        List<Double> lateness = new ArrayList<>();
        List<Instant> due = new ArrayList<>();
        for (String type : List.of("timer-intermediate-transition", "timer-transition")) {
            for (int first = 0; ; first += 1000) {
                JsonNode page = engine.timerSuccesses(type, first, 1000);
                for (JsonNode log : page) {
                    Instant dueDate = instant(log.get("jobDueDate").asText());
                    Instant ran = instant(log.get("timestamp").asText());
                    if (dueDate.isAfter(waveStart)) {
                        lateness.add(Math.max(0, Duration.between(dueDate, ran).toMillis()) / 1000.0);
                        due.add(dueDate);
                    }
                }
                if (page.size() < 1000) {
                    break;
                }
            }
        }
        double[] sorted = lateness.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        due.sort(null);
        long openNow = engine.runningInstances("incident");
        row("Timer jobs waiting (update, hand-off, page) at " + openNow + " open incidents",
                String.valueOf(timersWaiting), "", "");
        row("Timers fired in the wave / falling due per second (busiest minute)",
                sorted.length + " / " + f(busiestMinuteRate(due)), "", "");
        row("Timer lateness p50 / p99 / max (s)", f(at(sorted, 50)) + " / " + f(at(sorted, 99)) + " / "
                + f(sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1]), "", "");
        row("Resident memory at " + openNow + " open incidents / peak (MiB)", f(rss / 1024.0) + " / "
                + f(peak / 1024.0), "", "");
        long incidents = engine.count("/engine-rest/history/process-instance/count?processDefinitionKey=incident");
        service.stop();
        databaseBytes(serviceDir, incidents);
        long started = System.nanoTime();
        ServiceProcess again = ServiceProcess.startIn(serviceDir, "benchmark-restart-" + serviceDir.getParent()
                .getFileName(), environment, Duration.ofMinutes(10), JVM.split(" ")).awaitLogin("admin", PASSWORD,
                Duration.ofMinutes(5));
        row("Start-up with " + openNow + " open incidents (s)", f((System.nanoTime() - started) / 1e9), "", "");
        again.stop();
    }

    /** The engine's REST API writes times as 2026-11-30T16:45:47.966+0000. */
    private static Instant instant(String engineTime) {
        return java.time.OffsetDateTime.parse(engineTime,
                DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")).toInstant();
    }

    private void databaseBytes(Path serviceDir, long incidents) {
        try {
            double bytes = Files.size(serviceDir.resolve("data/servicedesk.mv.db"));
            row("Database bytes per incident (H2 file after a clean stop / " + incidents + " incidents)",
                    f(bytes / Math.max(1, incidents)), "", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reports at a steady rate from 8 clients, as a monitoring system would send them. */
    private Load.Result paced(ServiceProcess service, int reports, int perSecond, IntFunction<String> body) {
        long start = System.nanoTime();
        return new Load(service.port(), REPORTER, 8).post(reports, index -> {
            long due = start + (long) (index * 1e9 / perSecond);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                sleep(wait / 1_000_000);
            }
            return body.apply(index);
        });
    }

    private static double busiestMinuteRate(List<Instant> sortedDue) {
        if (sortedDue.isEmpty()) {
            return 0;
        }
        int best = 0;
        int from = 0;
        for (int to = 0; to < sortedDue.size(); to++) {
            while (Duration.between(sortedDue.get(from), sortedDue.get(to)).toSeconds() >= 60) {
                from++;
            }
            best = Math.max(best, to - from + 1);
        }
        return best / 60.0;
    }

    // ------------------------------------------------------------------------------------------------

    private Map<Integer, double[]> bareEngine(Path database, String... measurements) throws IOException,
            InterruptedException {
        Files.createDirectories(database.getParent());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(JVM.split(" ")));
        command.add("-cp");
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add(BareEngine.class.getName());
        command.add(database.toString());
        command.add("4:" + WARM_UP); // warm-up
        command.addAll(Arrays.asList(measurements));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Map<Integer, double[]> results = new LinkedHashMap<>();
        int seen = 0;
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                System.out.println(line);
                Matcher matcher = BARE.matcher(line);
                if (matcher.find() && seen++ > 0) {
                    int clients = Integer.parseInt(matcher.group(1));
                    double rate = Integer.parseInt(matcher.group(2)) / Double.parseDouble(matcher.group(3));
                    results.put(clients, new double[] {rate, Double.parseDouble(matcher.group(4)),
                            Double.parseDouble(matcher.group(5)), Double.parseDouble(matcher.group(6))});
                }
            }
        }
        assertThat(process.waitFor()).as("the bare engine's exit code").isZero();
        return results;
    }

    /** What every thread of the service is doing, next to its log, for a run that stalls. */
    private static void threadDump(ServiceProcess service) {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(service.pid()), "Thread.print")
                    .redirectErrorStream(true)
                    .redirectOutput(Path.of("target", "service-logs", "threads-" + service.pid() + ".txt").toFile())
                    .start();
            jcmd.waitFor();
        } catch (IOException | InterruptedException e) {
            // the failure it accompanies matters more
        }
    }

    private static long poolTimeouts(ServiceProcess service) {
        return service.logTail(Integer.MAX_VALUE).lines().filter(line -> line.contains("Connection is not available"))
                .count();
    }

    /** User and system CPU time of a process (Linux /proc), in milliseconds. */
    private static long cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields after the command: state is [0], utime [11], stime [12], in clock ticks of 1/100 s
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (IOException e) {
            return 0;
        }
    }

    private static double rssMiB(long pid) {
        return rssKiB(pid) / 1024.0;
    }

    private static long rssKiB(long pid) {
        return statusKiB(pid, "VmRSS:");
    }

    private static long hwmKiB(long pid) {
        return statusKiB(pid, "VmHWM:");
    }

    private static long statusKiB(long pid, String field) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", String.valueOf(pid), "status"))) {
            return lines.filter(line -> line.startsWith(field)).findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("\\D", ""))).orElse(-1L);
        } catch (IOException | UncheckedIOException e) {
            return -1;
        }
    }

    private void row(String measure, String service, String bare, String ratio) {
        rows.put(measure, new String[] {service, bare, ratio});
    }

    private void print(Path run) throws IOException {
        StringBuilder table = new StringBuilder();
        table.append("| measure | service | bare engine | service / bare |\n|---|---:|---:|---:|\n");
        rows.forEach((measure, values) -> {
            table.append("| ").append(measure).append(" | ").append(values[0]).append(" | ").append(values[1])
                        .append(" | ").append(values[2]).append(" |\n");
        });
        notes.forEach(note -> table.append("\n").append(note));
        table.append("\nService JVM: ").append(JVM).append("; settings: ").append(System.getProperty("benchmark.env", "defaults")).append("; ").append(Runtime.getRuntime().availableProcessors())
                .append(" CPUs; load average before: ").append(loadAverage()).append('\n');
        System.out.println("\n" + table);
        Files.writeString(run.resolve("report.md"), table);
        Files.writeString(run.getParent().resolve("report.md"), table);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static String f(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.1f", value);
    }

    private static String pct(double value, double reference) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * value / reference);
    }

    private static double at(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1))];
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
