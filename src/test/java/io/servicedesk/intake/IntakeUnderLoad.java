package io.servicedesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.servicedesk.support.Api;
import io.servicedesk.support.Load;
import io.servicedesk.support.Reports;
import io.servicedesk.support.ServiceProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The service in its own JVM, as an operator runs it, with a small database pool and a short job lock so
 * that what the issue is about shows in seconds: reports posted by concurrent clients, the service killed
 * with SIGKILL while it works on them, started again on the same data. Every report answered with a ticket
 * must still be there with its process, and the work the dead process held must run after the restart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class IntakeUnderLoad {

    /** Small enough that a job holding one connection while waiting for a second would deadlock the pool. */
    static final int POOL = 4;
    static final Duration LOCK = Duration.ofSeconds(10);
    /** The demo's Northwind portal posts the reports, with its API token. */
    static final String REPORTER = "Bearer " + Api.token("northwind-portal");

    ServiceProcess service;
    Path home;

    /** The database settings of the concrete test (empty for the embedded default). */
    abstract Map<String, String> database();

    abstract String name();

    ServiceProcess start() {
        Map<String, String> environment = new LinkedHashMap<>(database());
        environment.put("SPRING_PROFILES_ACTIVE", "demo");
        environment.put("SERVICEDESK_DEMO_PASSWORD", Api.PASSWORD);
        environment.put("SERVICEDESK_DB_POOL_SIZE", String.valueOf(POOL));
        environment.put("SERVICEDESK_JOB_THREADS", String.valueOf(POOL));
        environment.put("SERVICEDESK_API_CAPACITY_MAXCONCURRENTREQUESTS", String.valueOf(POOL));
        // a connection that is not free within 10 s counts as a time-out (and shows in the log)
        environment.put("SPRING_DATASOURCE_HIKARI_CONNECTIONTIMEOUT", "10000");
        environment.put("SERVICEDESK_JOB_LOCK_TIME_MS", String.valueOf(LOCK.toMillis()));
        try {
            if (home == null) {
                home = Files.createTempDirectory("servicedesk-" + name() + "-");
                // the log is appended to across restarts; what an earlier run left in it is not this run's
                Files.deleteIfExists(Path.of("target", "service-logs", name() + ".log"));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ServiceProcess started = ServiceProcess.startIn(home, name(), environment, Duration.ofMinutes(5))
                .awaitLogin("admin", Api.PASSWORD, Duration.ofMinutes(2));
        awaitDemoClient(started.api(), Duration.ofMinutes(2));
        return started;
    }

    /** The demo's clients are set up after the users can log in; the reports are for one of them. */
    static void awaitDemoClient(Api api, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (api.get("dispatcher", "/api/clients/northwind").status() != 200) {
            assertThat(System.nanoTime()).as("the demo client is set up within %s", timeout).isLessThan(deadline);
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @AfterAll
    void stopService() {
        if (service != null) {
            service.close();
        }
        if (home != null) {
            // the embedded database of a few hundred incidents: tens of megabytes per run
            org.springframework.util.FileSystemUtils.deleteRecursively(home.toFile());
        }
    }

    @Test
    @Order(2)
    void noAcknowledgedReportIsLostToAKillAndTheWorkItHeldRunsAfterTheRestart() throws Exception {
        if (service == null) {
            service = start();
        }
        long existing = incidentsCounted(service.api());
        Load load = new Load(service.port(), REPORTER, 4);
        AtomicBoolean stop = new AtomicBoolean();
        CompletableFuture<Load.Result> posting = CompletableFuture.supplyAsync(
                () -> load.postUntil(stop::get, IntakeUnderLoad::report));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && incidentsCounted(service.api()) < existing + 60) {
            Thread.sleep(100);
        }
        service.kill();
        stop.set(true);
        Load.Result before = posting.get();
        List<String> acknowledged = before.acknowledged();
        assertThat(acknowledged).as("reports acknowledged before the kill").hasSizeGreaterThan(20);

        service = start();
        Api api = service.api();

        Set<String> withProcess = businessKeys(api);
        List<String> lost = new ArrayList<>();
        for (String ticket : acknowledged) {
            if (api.get("dispatcher", "/api/incidents/" + ticket).status() != 200 || !withProcess.contains(ticket)) {
                lost.add(ticket);
            }
        }
        assertThat(lost).as("of %s acknowledged reports, lost to the kill", acknowledged.size()).isEmpty();

        // the jobs the dead process held (locked for 10 s here) run once the service is up; with Camunda's
        // default 5-minute lock they would still wait
        awaitDrained(api, Duration.ofSeconds(90));
        List<String> unacknowledged = acknowledged.stream().filter(ticket -> !acknowledgementRecorded(api, ticket))
                .toList();
        assertThat(unacknowledged).as("reports whose acknowledgement never went out after the restart").isEmpty();
        assertThat(count(api, "/engine-rest/incident/count")).as("Cockpit incidents").isZero();
    }

    static String report(int index) {
        Reports report = Reports.northwind().with("summary", "Load test report " + index);
        // clear-cut reports: triage decides alone, so each runs through to its acknowledgement
        return (index % 2 == 0 ? report.signals(true, 3, false) : report.signals(false, 1, false)).json();
    }

    static long incidentsCounted(Api api) {
        try {
            return count(api, "/engine-rest/history/process-instance/count?processDefinitionKey=incident");
        } catch (RuntimeException | AssertionError busy) {
            // a count the busy service did not answer in time (the pool is deliberately small): ask again
            return 0;
        }
    }

    static Set<String> businessKeys(Api api) {
        JsonNode instances = admin(api, "/engine-rest/history/process-instance?processDefinitionKey=incident"
                + "&maxResults=100000");
        Set<String> keys = new HashSet<>();
        StreamSupport.stream(instances.spliterator(), false).forEach(instance -> keys.add(
                instance.get("businessKey").asText()));
        return keys;
    }

    /** Until no job is due: every accepted report triaged, covered and acknowledged. */
    static void awaitDrained(Api api, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count(api, "/engine-rest/job/count?executable=true") > 0) {
            assertThat(System.nanoTime()).as("the pipeline drains within %s", timeout).isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    static boolean acknowledgementRecorded(Api api, String ticket) {
        JsonNode incident = api.get("dispatcher", "/api/incidents/" + ticket).json();
        return StreamSupport.stream(incident.path("communications").spliterator(), false)
                .anyMatch(mail -> "ACKNOWLEDGEMENT".equals(mail.path("kind").asText()));
    }

    static long count(Api api, String path) {
        return admin(api, path).get("count").asLong();
    }

    static JsonNode admin(Api api, String path) {
        Api.Response response = api.get("admin", path);
        assertThat(response.status()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return response.json();
    }
}
