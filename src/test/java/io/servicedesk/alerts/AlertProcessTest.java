package io.servicedesk.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import io.servicedesk.contract.Priority;
import io.servicedesk.incident.Channel;
import io.servicedesk.incident.Incident;
import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.incident.IncidentState;
import io.servicedesk.support.Api;
import io.servicedesk.support.Clock;
import io.servicedesk.support.Jobs;
import io.servicedesk.support.ServiceDeskTest;
import io.servicedesk.platform.ServiceClock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The alert lifecycle (processes/alert.bpmn) through its paths: a warning owned and acknowledged in the
 * contract's business time, escalated to the duty manager when nobody does, cleared before anybody had
 * to, turned into an incident when its owner reports impact; information recorded; critical alerts on
 * less critical systems reviewed by a dispatcher.
 */
@ServiceDeskTest
class AlertProcessTest {

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
    IncidentRegister register;
    @Autowired
    ServiceClock clock;

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
    void aWarningGoesToItsOwnerWhoAcknowledgesItWithinTheContractsDeadline() {
        Clock.at("2026-11-24T10:00", LA);
        Alert alert = fire(warning("DiskSpaceLow", "northwind-accounting-db"));

        ProcessInstance instance = instance(alert);
        assertThat(instance).isWaitingAt("Task_AcknowledgeAlert");
        Task task = task("Task_AcknowledgeAlert", instance);
        assertThat(task).isAssignedTo("engineer").hasCandidateGroupAssociated("engineering");
        assertThat(task.getDueDate()).isEqualTo(local("2026-11-24T11:00"));
        assertThat(reload(alert).getState()).isEqualTo(AlertState.AWAITING_ACKNOWLEDGEMENT);

        Clock.at("2026-11-24T10:20", LA);
        complete(task, "engineer", "engineering", Map.of("alertImpact", "NONE",
                "acknowledgementNote", "Rotating the transaction logs; watching the volume"));

        assertThat(instance).hasPassed("Task_RecordAlertAcknowledgement").isEnded();
        assertThat(instance).hasPassed("EndEvent_AlertOwned");
        Alert acknowledged = reload(alert);
        assertThat(acknowledged.getState()).isEqualTo(AlertState.ACKNOWLEDGED);
        assertThat(acknowledged.getAcknowledgedBy()).isEqualTo("engineer");
        assertThat(acknowledged.getAcknowledgedAt()).isEqualTo(local("2026-11-24T10:20").toInstant());
        assertThat(acknowledged.getImpact()).isEqualTo(AlertImpact.NONE);
        assertThat(acknowledged.getIncidentNumber()).isNull();
    }

    @Test
    void aWarningLateOnFridayIsDueOnMondayMorningInTheClientsTimeZone() {
        Clock.at("2026-11-27T16:30", LA);
        Alert alert = fire(warning("DiskSpaceLow", "northwind-accounting-db"));

        // 30 business minutes on Friday, the other 30 from Monday's opening at 08:00
        assertThat(task("Task_AcknowledgeAlert", instance(alert)).getDueDate()).isEqualTo(local("2026-11-30T08:30"));
        assertThat(reload(alert).getAcknowledgeBy()).isEqualTo(local("2026-11-30T08:30").toInstant());
    }

    @Test
    void nobodyAcknowledgesSoItEscalatesToTheDutyManagerWhoReportsUsersBlockedAndAnIncidentIsRaised() {
        Clock.at("2026-11-24T10:00", LA);
        Alert alert = fire(warning("DiskSpaceLow", "northwind-accounting-db"));
        ProcessInstance instance = instance(alert);

        Clock.at("2026-11-24T10:59", LA);
        AlertJobs.runDue(engine);
        assertThat(instance).isWaitingAt("Task_AcknowledgeAlert");

        Clock.at("2026-11-24T11:00", LA);
        AlertJobs.runDue(engine);
        assertThat(instance).hasPassed("Task_EscalateAlert").isWaitingAt("Task_AcknowledgeEscalatedAlert");
        Task escalated = task("Task_AcknowledgeEscalatedAlert", instance);
        assertThat(escalated).hasCandidateGroup("duty-manager").hasCandidateUser("engineer");
        Alert escalatedAlert = reload(alert);
        assertThat(escalatedAlert.getState()).isEqualTo(AlertState.ESCALATED);
        assertThat(escalatedAlert.getEscalatedTo()).isEqualTo("duty-manager");
        assertThat(escalatedAlert.getEscalatedAt()).isEqualTo(local("2026-11-24T11:00").toInstant());

        complete(escalated, "duty-manager", "duty-manager", Map.of("alertImpact", "USERS_BLOCKED",
                "impactUsersBlocked", 3L, "acknowledgementNote", "Accounting cannot post invoices; engineer on it"));
        AlertJobs.runDue(engine);

        assertThat(instance).hasPassed("Task_RaiseIncident", "EndEvent_IncidentRaised").isEnded();
        Alert raised = reload(alert);
        assertThat(raised.getAcknowledgedBy()).isEqualTo("duty-manager");
        assertThat(raised.getState()).isEqualTo(AlertState.INCIDENT_RAISED);
        Incident incident = register.getByNumber(raised.getIncidentNumber());
        Jobs.runDue(engine, incident.ticket());
        incident = register.get(incident.ticket());
        assertThat(incident.getChannel()).isEqualTo(Channel.MONITORING);
        assertThat(incident.getUsersBlocked()).isEqualTo(3);
        assertThat(incident.getPriority()).isEqualTo(Priority.P1);
        assertThat(incident.getDescription()).contains("3 users", "Accounting cannot post invoices");
    }

    @Test
    void aWarningThatClearsBeforeAnybodyAcknowledgesItEndsTheWait() {
        Clock.at("2026-11-24T10:00", LA);
        Notifications.Alert disk = warning("DiskSpaceLow", "northwind-accounting-db");
        Alert alert = fire(disk);
        ProcessInstance instance = instance(alert);
        assertThat(instance).isWaitingAt("Task_AcknowledgeAlert");

        post(Notifications.message(disk.resolvedAt(disk.startsAt.plusSeconds(1200))));

        assertThat(instance).hasPassed("EndEvent_ClearedUnacknowledged").isEnded();
        Alert cleared = reload(alert);
        assertThat(cleared.getState()).isEqualTo(AlertState.CLEARED);
        assertThat(cleared.isOpen()).isFalse();
        assertThat(cleared.getClearedAt()).isEqualTo(disk.startsAt.plusSeconds(1200));
    }

    @Test
    void anAcknowledgementThatContradictsItselfIsRefusedAndTheTaskStays() {
        Clock.at("2026-11-24T10:00", LA);
        Alert alert = fire(warning("DiskSpaceLow", "northwind-accounting-db"));
        ProcessInstance instance = instance(alert);
        Task task = task("Task_AcknowledgeAlert", instance);

        assertThatThrownBy(() -> complete(task, "engineer", "engineering", Map.of("alertImpact", "USERS_BLOCKED",
                "acknowledgementNote", "Some users complain")))
                .hasMessageContaining("how many users");

        assertThat(instance).isWaitingAt("Task_AcknowledgeAlert");
        assertThat(reload(alert).getState()).isEqualTo(AlertState.AWAITING_ACKNOWLEDGEMENT);
    }

    @Test
    void anInformationAlertIsRecordedAndNobodyIsAsked() {
        Clock.at("2026-11-24T10:00", LA);
        Alert alert = fire(Notifications.alert(Notifications.unique("BackupCompleted")).severity("info")
                .asset("cobalt-nas"));

        assertEndedAt(alert, "EndEvent_AlertRecorded");
        assertThat(reload(alert).getState()).isEqualTo(AlertState.RECORDED);
    }

    @Test
    void aCriticalAlertOnALessCriticalSystemLeavesThePriorityToADispatcher() {
        Clock.at("2026-11-24T10:00", LA);
        Alert alert = fire(Notifications.alert(Notifications.unique("NasDegraded")).severity("critical")
                .label("instance", "nas.cobalt.lan:9100"));

        assertThat(alert.getAssetId()).as("found by its monitoring identifier").isEqualTo("cobalt-nas");
        assertThat(alert.getOwner()).isEqualTo("helpdesk");
        Incident incident = register.getByNumber(reload(alert).getIncidentNumber());
        Jobs.runDue(engine, incident.ticket());
        incident = register.get(incident.ticket());
        assertThat(incident.getCriticalOperationsDown()).isNull();
        assertThat(incident.getState()).isEqualTo(IncidentState.AWAITING_TRIAGE_REVIEW);
    }

    private Notifications.Alert warning(String alertname, String asset) {
        return Notifications.alert(Notifications.unique(alertname)).severity("warning").asset(asset)
                .summary("Volume above 90%").startsAt(clock.now());
    }

    /** Posts the alert as Alertmanager would and runs the alert process as far as it goes by itself. */
    private Alert fire(Notifications.Alert notified) {
        Api.Response response = post(Notifications.message(notified));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        AlertJobs.runDue(engine);
        List<Alert> found = alerts.findByFingerprintOrderByIdAsc(notified.fingerprint());
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private Api.Response post(String body) {
        return api.post("monitoring", AlertmanagerWebhookTest.WEBHOOK, body);
    }

    private void complete(Task task, String user, String group, Map<String, Object> variables) {
        identity.setAuthentication(user, List.of(group));
        try {
            engine.getTaskService().complete(task.getId(), new HashMap<>(variables));
        } finally {
            identity.clearAuthentication();
        }
    }

    private ProcessInstance instance(Alert alert) {
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(alert.reference()).singleResult();
        assertThat(instance).as("alert process of %s", alert.reference()).isNotNull();
        return instance;
    }

    /** The alert's process ended, there. */
    private void assertEndedAt(Alert alert, String endEvent) {
        HistoricProcessInstance instance = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(alert.reference()).singleResult();
        assertThat(instance.getEndTime()).as("ended").isNotNull();
        assertThat(instance.getEndActivityId()).isEqualTo(endEvent);
    }

    private static Task task(String key, ProcessInstance instance) {
        return BpmnAwareTests.taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
    }

    private Alert reload(Alert alert) {
        return alerts.findById(alert.getId()).orElseThrow();
    }

    private static Date local(String localDateTime) {
        return Date.from(LocalDateTime.parse(localDateTime).atZone(LA).toInstant());
    }

}
