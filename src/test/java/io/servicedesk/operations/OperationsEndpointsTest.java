package io.servicedesk.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.servicedesk.support.Api;
import io.servicedesk.support.Clock;
import io.servicedesk.support.Incidents;
import io.servicedesk.support.Reports;
import io.servicedesk.support.ServiceDeskTest;
import io.servicedesk.support.TestMailServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an operator, a load balancer and Prometheus get from /actuator: health and readiness without a
 * login, everything else for camunda-admin, and figures that follow what happens to incidents, jobs and
 * mails.
 */
@ServiceDeskTest
class OperationsEndpointsTest {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Autowired
    ProcessEngine engine;
    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        Clock.businessHours();
    }

    @AfterEach
    void tearDown() {
        Clock.reset();
    }

    @Test
    void healthLivenessAndReadinessAnswerWithoutLoginAndShowOnlyTheStatus() {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            Api.Response response = api.get(null, path);
            assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
            assertThat(response.json().get("status").asText()).as(path).isEqualTo("UP");
            assertThat(response.json().has("components")).as("%s shows what it checks to anybody", path).isFalse();
        }
    }

    @Test
    void anAdministratorSeesWhatHealthAndReadinessAreMadeOf() {
        JsonNode health = api.get("admin", "/actuator/health").json();
        assertThat(health.get("components").fieldNames()).toIterable()
                .contains("db", "jobExecutor", "mail", "readinessState", "livenessState");
        assertThat(health.at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/mail/status").asText()).isEqualTo("UP");
        // the suite runs no job executor: a node configured so is healthy and says why
        assertThat(health.at("/components/jobExecutor/status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/jobExecutor/details/enabled").asBoolean()).isFalse();

        JsonNode readiness = api.get("admin", "/actuator/health/readiness").json();
        assertThat(readiness.get("components").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("db", "jobExecutor", "readinessState");
    }

    @Test
    void metricsAndEverythingElseUnderActuatorAreForAdministratorsOnly() {
        for (String path : new String[] {"/actuator", "/actuator/prometheus", "/actuator/metrics", "/actuator/info"}) {
            assertThat(api.get(null, path).status()).as("%s without a login", path).isEqualTo(401);
            assertThat(api.get("helpdesk", path).status()).as("%s for helpdesk", path).isEqualTo(403);
            assertThat(api.get("northwind-portal", path).status()).as("%s for a portal's token", path).isIn(401, 403);
        }
        Api.Response prometheus = api.get("admin", "/actuator/prometheus");
        assertThat(prometheus.status()).isEqualTo(200);
        assertThat(prometheus.header("Content-Type")).startsWith("text/plain");
        assertThat(prometheus.body()).contains("servicedesk_incidents_open{");
    }

    @Test
    void anSmtpOutageShowsInHealthAndInTheOutboxButKeepsTheNodeReady() {
        double pendingBefore = value(scrape(), "servicedesk_mail_outbox_pending", Map.of());
        TestMailServer.stop();
        try {
            Api.Response health = api.get("admin", "/actuator/health");
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.json().at("/components/mail/status").asText()).isEqualTo("DOWN");
            assertThat(api.get(null, "/actuator/health/readiness").status())
                    .as("ready: the outage is absorbed by retried jobs").isEqualTo(200);

            // the acknowledgement is recorded, then refused by the (absent) server: it waits in the outbox
            Api.Response reported = api.post("northwind-portal", "/api/incidents",
                    Reports.northwind().signals(true, 4, false).json());
            assertThat(reported.status()).as(reported.body()).isEqualTo(201);
            runDueAsTheJobExecutorWould(reported.json().get("ticket").asText());
            Clock.advanceMinutes(5);
            Map<String, Double> figures = scrape();
            assertThat(value(figures, "servicedesk_mail_outbox_pending", Map.of())).isGreaterThan(pendingBefore);
            assertThat(value(figures, "servicedesk_mail_outbox_oldest_seconds", Map.of())).isGreaterThanOrEqualTo(300);
        } finally {
            TestMailServer.start();
        }
        assertThat(api.get("admin", "/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void theFiguresFollowIncidentsAndJobsAsTheDatabaseHasThem() {
        // a Tuesday before every other test's clock: when this incident's response falls due, no other
        // test's incident is due yet, so the figures move by this incident alone
        Clock.at("2026-10-27T10:00", Clock.LOS_ANGELES);
        Map<String, String> p1InProgress = Map.of("priority", "P1", "state", "IN_PROGRESS");
        Map<String, String> p1 = Map.of("priority", "P1");
        Map<String, Double> before = scrape();

        String ticket = report(Reports.northwind().signals(true, 4, false));

        assertThat(value(scrape(), "servicedesk_incidents_open", p1InProgress))
                .isEqualTo(value(before, "servicedesk_incidents_open", p1InProgress) + 1);

        // nobody responds until after the response target
        Instant due = Instant.parse(api.get("auditor", "/api/incidents/" + ticket).json().at("/response/dueAt").asText());
        ClockUtil.setCurrentTime(Date.from(due.plusSeconds(60)));
        Map<String, Double> late = scrape();
        assertThat(value(late, "servicedesk_response_overdue", p1))
                .isEqualTo(value(before, "servicedesk_response_overdue", p1) + 1);
        assertThat(value(late, "servicedesk_response_breaches", p1))
                .isEqualTo(value(before, "servicedesk_response_breaches", p1) + 1);

        // nor is it resolved in time: overdue at once, a breach once the resolution target's timer has recorded it
        Instant resolutionDue = Instant.parse(
                api.get("auditor", "/api/incidents/" + ticket).json().at("/resolution/dueAt").asText());
        ClockUtil.setCurrentTime(Date.from(resolutionDue.plusSeconds(60)));
        assertThat(value(scrape(), "servicedesk_resolution_overdue", p1))
                .isEqualTo(value(before, "servicedesk_resolution_overdue", p1) + 1);
        // (activityId with processInstanceIds makes Camunda 7.24 write invalid SQL: filtered here instead)
        Job resolutionTimer = engine.getManagementService().createJobQuery().activityId("Timer_ResolutionDue").list()
                .stream().filter(each -> instances(ticket).contains(each.getProcessInstanceId())).findFirst()
                .orElseThrow();
        engine.getManagementService().executeJob(resolutionTimer.getId());
        assertThat(value(scrape(), "servicedesk_resolution_breaches", p1))
                .isEqualTo(value(before, "servicedesk_resolution_breaches", p1) + 1);

        // a job out of retries is an incident in Cockpit, and counted
        Job job = engine.getManagementService().createJobQuery().processInstanceIds(instances(ticket)).list().get(0);
        engine.getManagementService().setJobRetries(job.getId(), 0);
        Map<String, Double> failed = scrape();
        var outOfRetries = engine.getManagementService().createJobQuery().noRetriesLeft().list();
        assertThat(value(failed, "servicedesk_jobs_failed", Map.of())).as("failed jobs: %s", outOfRetries.stream()
                        .map(each -> each.getId() + " of " + each.getProcessInstanceId() + ": " + each.getExceptionMessage())
                        .toList())
                .isEqualTo(outOfRetries.size())
                .isGreaterThanOrEqualTo(value(late, "servicedesk_jobs_failed", Map.of()) + 1);
        assertThat(value(failed, "servicedesk_jobs_due", Map.of())).isEqualTo(
                engine.getManagementService().createJobQuery().executable().active().count());
        assertThat(failed).containsKeys(
                "servicedesk_client_updates_overdue{application=\"servicedesk\",priority=\"P1\"}",
                "servicedesk_client_updates_late{application=\"servicedesk\",priority=\"P1\"}");
    }

    @Test
    void theGrafanaDashboardShowsOnlyWhatTheServiceExports() throws IOException {
        api.get("auditor", "/api/incidents?size=1");
        JsonNode dashboard = new ObjectMapper().readTree(Files.readString(
                Path.of("docker", "grafana", "dashboards", "servicedesk.json")));
        Set<String> queried = new TreeSet<>();
        Pattern metric = Pattern.compile("\\b(servicedesk_[a-z_]+|http_server_requests_[a-z_]+|jvm_[a-z_]+"
                + "|hikaricp_[a-z_]+|process_[a-z_]+)\\b");
        dashboard.findValues("expr").forEach(expr -> {
            Matcher names = metric.matcher(expr.asText());
            while (names.find()) {
                queried.add(names.group(1));
            }
        });
        assertThat(queried).as("metrics the dashboard queries").isNotEmpty();

        Set<String> exported = new TreeSet<>();
        scrape().keySet().forEach(sample -> exported.add(sample.replaceAll("\\{.*", "")));
        assertThat(exported).as("what /actuator/prometheus exports").containsAll(queried);
    }

    // --- the service --------------------------------------------------------------------------------------

    private String report(Reports report) {
        return Incidents.report(api, engine, report);
    }

    /** Due jobs of the incident, a failing one left to its retry cycle as the job executor would. */
    private void runDueAsTheJobExecutorWould(String ticket) {
        for (int round = 0; round < 20; round++) {
            var due = engine.getManagementService().createJobQuery().processInstanceIds(instances(ticket))
                    .executable().list();
            if (due.isEmpty()) {
                return;
            }
            for (Job job : due) {
                try {
                    engine.getManagementService().executeJob(job.getId());
                } catch (RuntimeException refused) {
                    // retried later by its retry cycle, as in production
                }
            }
        }
    }

    private Set<String> instances(String ticket) {
        Set<String> ids = new HashSet<>();
        engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(ticket).list()
                .forEach(instance -> ids.add(instance.getId()));
        return ids;
    }

    /** Prometheus's text format: every sample, keyed by name and labels as written. */
    private Map<String, Double> scrape() {
        Api.Response response = api.get("admin", "/actuator/prometheus");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        Map<String, Double> samples = new LinkedHashMap<>();
        response.body().lines().filter(line -> !line.startsWith("#") && !line.isBlank()).forEach(line -> {
            Matcher sample = SAMPLE.matcher(line);
            assertThat(sample.matches()).as("a sample line: %s", line).isTrue();
            samples.put(sample.group(1) + (sample.group(2) == null ? "" : sample.group(2)),
                    Double.parseDouble(sample.group(4)));
        });
        return samples;
    }

    /** The one sample of this name whose labels include these. */
    private static double value(Map<String, Double> samples, String name, Map<String, String> labels) {
        Double found = null;
        for (Map.Entry<String, Double> sample : samples.entrySet()) {
            String key = sample.getKey();
            if (!key.equals(name) && !key.startsWith(name + "{")) {
                continue;
            }
            Map<String, String> has = new HashMap<>();
            Matcher label = LABEL.matcher(key);
            while (label.find()) {
                has.put(label.group(1), label.group(2));
            }
            if (has.entrySet().containsAll(labels.entrySet())) {
                assertThat(found).as("one %s with %s", name, labels).isNull();
                found = sample.getValue();
            }
        }
        assertThat(found).as("%s with %s is exported", name, labels).isNotNull();
        return found;
    }
}
