package io.servicedesk.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.servicedesk.support.Api;
import io.servicedesk.support.Clock;
import io.servicedesk.support.ServiceDeskTest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Recurring warnings escalate even when each one cleared by itself: the seed's remote-desktop host,
 * excluded from normal maintenance, low on disk day after day. Three firings within seven days (the demo
 * contracts' terms) open a problem review for the asset's alert owner, due in five business days.
 */
@ServiceDeskTest
class RecurrenceTest {

    static final ZoneId LA = Clock.LOS_ANGELES;

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentityService identity;
    @Autowired
    Alerts alerts;
    @Autowired
    ProblemReviews reviews;
    @Autowired
    ScopeDecisions decisions;

    Api api;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        api = new Api(port);
    }

    @AfterEach
    void tearDown() {
        identity.clearAuthentication();
        Clock.reset();
    }

    @Test
    void theRemoteDesktopHostsDailyLowDiskWarningsOpenAProblemReviewOnTheThirdDay() {
        Notifications.Alert lowDisk = Notifications.alert(Notifications.unique("RdsLowDisk")).severity("warning")
                .label("instance", "rds01.northwind.lan:9100").summary("C: below 10% free; update cleanup failing");

        fireAndClear(lowDisk, "2026-11-02T09:00");
        fireAndClear(lowDisk, "2026-11-03T09:00");
        assertThat(review(lowDisk)).as("two firings in a week are tolerated").isNull();
        // the host is outside the contract: every firing is put to the service owner, once per host
        List<Alert> fired = alerts.findByFingerprintOrderByIdAsc(lowDisk.fingerprint());
        assertThat(fired).hasSize(2).allSatisfy(alert -> {
            assertThat(alert.getRoute()).isEqualTo(AlertRoute.SCOPE);
            assertThat(alert.getAssetId()).isEqualTo("northwind-rds-host");
            assertThat(alert.getScopeDecisionId()).isEqualTo(fired.get(0).getScopeDecisionId()).isNotNull();
        });

        fireAndClear(lowDisk, "2026-11-04T09:00");

        ProblemReview review = review(lowDisk);
        assertThat(review).isNotNull();
        assertThat(review.getAssetId()).isEqualTo("northwind-rds-host");
        assertThat(review.getOwner()).isEqualTo("engineer");
        assertThat(review.getOccurrences()).isEqualTo(3);
        assertThat(review.getThreshold()).isEqualTo(3);
        assertThat(review.getWindowDays()).isEqualTo(7);
        assertThat(review.getFirstOccurrenceAt()).isEqualTo(local("2026-11-02T09:00"));
        // five business days after Wednesday: the close of the following Wednesday, in Los Angeles
        assertThat(review.getDueAt()).isEqualTo(local("2026-11-11T17:00"));
        ProcessInstance instance = instance(review);
        assertThat(instance).isWaitingAt("Task_ReviewRecurringAlert");
        Task task = task(instance);
        assertThat(task).isAssignedTo("engineer").hasCandidateGroupAssociated("engineering");
        assertThat(task.getDueDate().toInstant()).isEqualTo(local("2026-11-11T17:00"));

        fireAndClear(lowDisk, "2026-11-05T09:00");
        assertThat(reviews.findById(review.getId()).orElseThrow().getOccurrences()).as("counted on the open review")
                .isEqualTo(4);
        assertThat(reviews.findAll()).filteredOn(found -> found.getAlertname().equals(review.getAlertname())).hasSize(1);

        Clock.at("2026-11-11T17:00", LA);
        AlertJobs.runDue(engine);
        assertThat(task(instance)).isAssignedTo("engineer").hasCandidateGroupAssociated("duty-manager");
        assertThat(reviews.findById(review.getId()).orElseThrow().getEscalatedAt()).isEqualTo(local("2026-11-11T17:00"));

        Clock.at("2026-11-12T10:00", LA);
        complete(task(instance), Map.of("rootCause", "Windows update cleanup has failed since the host was excluded"
                + " from the maintenance plan", "followUp", "Host added to the patch and cleanup schedule; disk"
                + " threshold owned by engineering", "followUpOwner", "engineer"));
        assertThat(instance).isEnded();
        ProblemReview done = reviews.findById(review.getId()).orElseThrow();
        assertThat(done.getState()).isEqualTo(ProblemReview.State.DONE);
        assertThat(done.getReviewedBy()).isEqualTo("engineer");
        assertThat(done.getFollowUpOwner()).isEqualTo("engineer");

        // firings before the review are dealt with: it takes three new ones to ask again
        fireAndClear(lowDisk, "2026-11-13T09:00");
        fireAndClear(lowDisk, "2026-11-16T09:00");
        assertThat(openReview(lowDisk)).isNull();
        fireAndClear(lowDisk, "2026-11-17T09:00");
        assertThat(openReview(lowDisk)).isNotNull();
    }

    @Test
    void warningsFurtherApartThanTheContractsWindowAreNotARecurrence() {
        Notifications.Alert lowDisk = Notifications.alert(Notifications.unique("NasLowDisk")).severity("warning")
                .asset("cobalt-nas");

        for (String day : List.of("2026-11-02", "2026-11-06", "2026-11-10", "2026-11-14")) {
            fireAndClear(lowDisk, day + "T10:00");
        }

        assertThat(review(lowDisk)).isNull();
        assertThat(alerts.findByFingerprintOrderByIdAsc(lowDisk.fingerprint())).hasSize(4)
                .allSatisfy(alert -> assertThat(alert.getState()).isEqualTo(AlertState.CLEARED));
    }

    @Test
    void alertsOfOneRuleEvaluationAreOneFiring() {
        String alertname = Notifications.unique("VolumeLow");
        for (String day : List.of("2026-11-02", "2026-11-03")) {
            Clock.at(day + "T10:00", LA);
            // three volumes of the host cross the threshold in the same evaluation: they start together
            List<Notifications.Alert> volumes = List.of("/", "/var", "/data").stream()
                    .map(mount -> Notifications.alert(alertname).severity("warning").asset("northwind-accounting-db")
                            .label("mountpoint", mount).startsAt(local(day + "T10:00")))
                    .toList();
            assertThat(post(Notifications.message(volumes)).status()).isEqualTo(200);
            AlertJobs.runDue(engine);
        }

        assertThat(reviews.findAll()).noneMatch(review -> review.getAlertname().equals(alertname));
    }

    @Test
    void aReviewWithoutItsCauseIsRefusedAndStaysOpen() {
        Notifications.Alert lowDisk = Notifications.alert(Notifications.unique("RdsLowDisk")).severity("warning")
                .asset("northwind-rds-host");
        for (String day : List.of("2026-11-02", "2026-11-03", "2026-11-04")) {
            fireAndClear(lowDisk, day + "T10:00");
        }
        ProcessInstance instance = instance(review(lowDisk));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> complete(task(instance),
                Map.of("rootCause", " ", "followUp", "Cleanup")))
                .hasMessageContaining("cause");

        assertThat(instance).isWaitingAt("Task_ReviewRecurringAlert");
    }

    /** The alert fires at that time (LA), Alertmanager delivers it, and two hours later it clears by itself. */
    private void fireAndClear(Notifications.Alert alert, String localTime) {
        Clock.at(localTime, LA);
        Notifications.Alert firing = alert.startsAt(local(localTime));
        assertThat(post(Notifications.message(firing)).status()).isEqualTo(200);
        AlertJobs.runDue(engine);
        Clock.advanceMinutes(120);
        assertThat(post(Notifications.message(firing.resolvedAt(local(localTime).plusSeconds(7200)))).status())
                .isEqualTo(200);
        AlertJobs.runDue(engine);
    }

    private Api.Response post(String body) {
        return api.post("monitoring", AlertmanagerWebhookTest.WEBHOOK, body);
    }

    private ProblemReview review(Notifications.Alert alert) {
        return reviews.findAll().stream()
                .filter(review -> review.getAlertname().equals(alert.labels.get("alertname")))
                .findFirst().orElse(null);
    }

    private ProblemReview openReview(Notifications.Alert alert) {
        return reviews.findAll().stream().filter(review -> review.getAlertname().equals(alert.labels.get("alertname")))
                .filter(review -> review.getState() == ProblemReview.State.OPEN).findFirst().orElse(null);
    }

    private ProcessInstance instance(ProblemReview review) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(review.reference())
                .singleResult();
    }

    private static Task task(ProcessInstance instance) {
        return BpmnAwareTests.taskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("Task_ReviewRecurringAlert").singleResult();
    }

    private void complete(Task task, Map<String, Object> variables) {
        identity.setAuthentication("engineer", List.of("engineering"));
        try {
            engine.getTaskService().complete(task.getId(), new HashMap<>(variables));
        } finally {
            identity.clearAuthentication();
        }
    }

    private static Instant local(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LA).toInstant();
    }
}
