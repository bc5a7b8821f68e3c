package io.servicedesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicedesk.contract.Contract;
import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.support.Api;
import io.servicedesk.support.ServiceDeskTest;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * How fast the evidence answers at real volume: 100,000 closed incidents of one contract in a year (and
 * 20,000 of another, interleaved as tickets are), seeded into the projection, then the year's report asked
 * for in the service and over HTTP as an auditor. Prints its figures to the test output and to
 * target/benchmark/evidence-{h2,postgresql}.txt. Not part of {@code ./mvnw -B test} (tagged benchmark):
 * {@code ./mvnw -B test -Pbenchmark -Dtest='Evidence*Benchmark'}. On H2 it uses a file database, as the
 * embedded default does.
 */
@Tag("benchmark")
@ServiceDeskTest
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:file:./target/benchmark/evidence-h2;DB_CLOSE_ON_EXIT=FALSE",
        "logging.level.org.camunda=warn"})
class EvidenceBenchmark {

    static final int INCIDENTS = 100_000;
    static final int OTHERS = 20_000;
    static final int RUNS = 7;
    static final Duration TARGET = Duration.ofSeconds(2);
    static final String YEAR = "from=2026-01-01&to=2026-12-31";

    @Autowired
    DataSource dataSource;
    @Autowired
    ContractCatalog catalog;
    @Autowired
    EvidenceReport report;
    @Autowired
    EvidenceCsv csv;
    @LocalServerPort
    int port;

    String database() {
        return "H2 (file)";
    }

    @Test
    void aYearOfAHundredThousandClosedIncidentsAnswersInUnderTwoSeconds() throws IOException {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        for (String table : List.of("audit_commitments", "audit_decisions", "audit_ownership", "audit_incidents")) {
            jdbc.update("delete from " + table + " where incident_number >= 10000000");
        }
        Contract northwind = catalog.contract("northwind-2026");
        Contract brandt = catalog.contract("brandt-2026");
        long seeding = System.nanoTime();
        EvidenceSeed.Expected expected = new EvidenceSeed(jdbc).closedIncidents(List.of(
                new EvidenceSeed.Share("northwind-2026", "northwind", northwind.zone(), INCIDENTS),
                new EvidenceSeed.Share("brandt-2026", "brandt", brandt.zone(), OTHERS)), 2026, 10_000_000)
                .get("northwind-2026");
        Duration seeded = Duration.ofNanos(System.nanoTime() - seeding);
        long rows = jdbc.queryForObject("select count(*) from audit_commitments where incident_number >= 10000000",
                Long.class);

        ContractPeriod year = new ContractPeriod(northwind, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        Evidence evidence = report.build(year, EvidenceController.BASE);
        assertThat(evidence.incidents().total().count()).isEqualTo(expected.incidents);
        assertThat(evidence.incidents().byPriority().get("P1").count()).isEqualTo(expected.p1);
        assertThat(evidence.firstResponse().kept().count()).isEqualTo(expected.responseKept);
        assertThat(evidence.firstResponse().late().count()).isEqualTo(expected.responseLate);
        assertThat(evidence.clientUpdates().kept().count()).isEqualTo(expected.updatesKept);
        assertThat(evidence.clientUpdates().late().count()).isEqualTo(expected.updatesLate);
        assertThat(evidence.clientUpdates().missed().count()).isEqualTo(expected.updatesMissed);
        assertThat(evidence.afterHours().paged().count()).isEqualTo(expected.pages);
        assertThat(evidence.vendors().escalated().count()).isEqualTo(expected.vendorIncidents);
        assertThat(evidence.reviews().done().count()).isEqualTo(expected.reviewsDone);
        assertThat(evidence.weeks()).hasSize(53);

        String loadBefore = load();
        Timing inService = time(() -> report.build(year, EvidenceController.BASE));
        Api api = new Api(port);
        Timing overHttp = time(() -> {
            Api.Response response = api.get("auditor", "/api/audit/contracts/northwind-2026/evidence?" + YEAR);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            return response;
        });
        Timing drillDown = time(() -> api.get("auditor",
                "/api/audit/contracts/northwind-2026/tickets?" + YEAR + "&figure=first-response-late"));
        long csvStart = System.nanoTime();
        CountingStream counted = new CountingStream();
        csv.write(year, counted);
        Duration csvTime = Duration.ofNanos(System.nanoTime() - csvStart);

        String result = String.join(System.lineSeparator(),
                "Evidence benchmark on " + database(),
                String.format(Locale.ROOT, "  seeded %,d closed incidents of northwind-2026 in 2026 (+%,d of"
                        + " brandt-2026), %,d commitments, in %.1f s", INCIDENTS, OTHERS, rows,
                        seeded.toMillis() / 1000.0),
                String.format(Locale.ROOT, "  contract-period report for 2026, in the service: median %d ms"
                        + " (min %d, max %d, %d runs), of which CPU %d ms", inService.median(), inService.min(),
                        inService.max(), RUNS, inService.cpu()),
                String.format(Locale.ROOT, "  the same over HTTP as auditor (JSON):         median %d ms"
                        + " (min %d, max %d)", overHttp.median(), overHttp.min(), overHttp.max()),
                String.format(Locale.ROOT, "  drill-down, a page of late first responses:   median %d ms",
                        drillDown.median()),
                String.format(Locale.ROOT, "  CSV, one row per ticket and commitment:       %d ms (%,d bytes)",
                        csvTime.toMillis(), counted.bytes),
                String.format(Locale.ROOT, "  machine: %d cores, load average %s before, %s after",
                        Runtime.getRuntime().availableProcessors(), loadBefore, load()),
                String.format(Locale.ROOT, "  target: under %d ms over HTTP -> %s", TARGET.toMillis(),
                        overHttp.median() < TARGET.toMillis() ? "met" : "MISSED"),
                "");
        System.out.println(result);
        Path out = Path.of("target", "benchmark", "evidence-" + database().split(" ")[0].toLowerCase() + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, result);
        // the time is printed, not asserted: on a machine shared with other work a timing says little on its own
    }

    /** Wall-clock milliseconds; cpu: the median CPU time of this thread (meaningful where the work runs here). */
    record Timing(long min, long median, long max, long cpu) {
    }

    /** Two warm-up runs, then the median of the timed ones. */
    private static Timing time(Supplier<?> run) {
        run.get();
        run.get();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Long> millis = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            run.get();
            millis.add(Duration.ofNanos(System.nanoTime() - start).toMillis());
            cpu.add(Duration.ofNanos(threads.getCurrentThreadCpuTime() - startCpu).toMillis());
        }
        Collections.sort(millis);
        Collections.sort(cpu);
        return new Timing(millis.get(0), millis.get(RUNS / 2), millis.get(RUNS - 1), cpu.get(RUNS / 2));
    }

    /** The machine's load average over the last minute, where the system tells it. */
    private static String load() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f", load);
    }

    private static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
