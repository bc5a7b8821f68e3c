package io.servicedesk.communication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.servicedesk.contract.Priority;
import io.servicedesk.incident.Incident;
import io.servicedesk.incident.IncidentEvent;
import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.support.Api;
import io.servicedesk.support.Clock;
import io.servicedesk.support.Jobs;
import io.servicedesk.support.Reports;
import io.servicedesk.support.ServiceDeskTest;
import io.servicedesk.support.TestMailServer;
import io.servicedesk.support.Ticket;
import jakarta.mail.Address;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * From triage until the incident is stabilised the client hears from us on the contract's cadence:
 * the acknowledgement, timed updates written by the accountable owner, escalation when one is late,
 * and every mail delivered exactly once to a real SMTP server, also across an outage.
 */
@ServiceDeskTest
class ClientUpdateProcessTest {

    private static final ZoneId LA = Clock.LOS_ANGELES;
    private static final String CLIENT = "abel.stone@northwind-dental.test";
    private static final String DUTY_MANAGER = "duty-manager@servicedesk.test";
    private static final String OWNER = "dispatcher";

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    IdentityService identity;
    @Autowired
    IncidentRegister register;
    @LocalServerPort
    int port;

    Api api;
    boolean smtpStopped;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        api = new Api(port);
    }

    @AfterEach
    void tearDown() {
        identity.clearAuthentication();
        Clock.reset();
        smtpUp();
    }

    // --- 1 ------------------------------------------------------------------------------------------

    @Test
    void aP1OpenForTwoHoursSendsTheAcknowledgementAndExactlyTheCadencesUpdates() {
        Clock.businessHours();
        ProcessInstance instance = report(p1());
        String ticket = instance.getBusinessKey();

        MimeMessage ack = onlyMail(CLIENT, ticket, "Received");
        assertThat(subject(ack)).contains(ticket);
        assertThat(text(ack)).contains("working on it now",
                "You will hear from us again by Tuesday, 24 November 2026 at 10:30 (Pacific Time)");

        for (int n = 1; n <= 4; n++) {
            Instant dueAt = updateDueAt(instance);
            assertThat(dueAt).as("update %s is due 30 minutes after the previous one", n)
                    .isEqualTo(local("2026-11-24T10:00").plus(Duration.ofMinutes(30L * n)));
            Instant opensAt = updateTimer(instance).getDuedate().toInstant();
            assertThat(opensAt).as("the task for update %s opens before it is due", n).isBefore(dueAt);

            setClock(opensAt.minusSeconds(60));
            Jobs.runDue(engine, ticket);
            assertThat(writeTasks(instance)).as("not open before %s", opensAt).isEmpty();

            setClock(opensAt);
            Jobs.runDue(engine, ticket);
            Task write = writeTask(instance);
            assertThat(write.getAssignee()).isEqualTo(OWNER);
            assertThat(write.getDueDate().toInstant()).isEqualTo(dueAt);

            writeUpdate(instance, write, null, n);

            setClock(dueAt);
            Jobs.runDue(engine, ticket);
            assertThat(updateMails(ticket)).as("update mails at %s", dueAt).hasSize(n);
        }

        assertThat(now()).isEqualTo(local("2026-11-24T12:00"));
        List<MimeMessage> updates = updateMails(ticket);
        assertThat(updates).hasSize(4);
        for (int n = 1; n <= 4; n++) {
            MimeMessage update = updates.get(n - 1);
            assertThat(subject(update)).contains(ticket, "Update " + n);
            String nextUpdate = "Tuesday, 24 November 2026 at " + localTime(local("2026-11-24T10:30")
                    .plus(Duration.ofMinutes(30L * n))) + " (Pacific Time)";
            assertThat(text(update)).contains(
                    "WHAT IS KNOWN", "Known " + n,
                    "WHAT IS BEING CHECKED", "Checking " + n,
                    "THE NEXT ACTION", "Next action " + n,
                    "THE NEXT UPDATE", nextUpdate);
        }
        List<JsonNode> sent = communications(ticket, "CLIENT_UPDATE");
        assertThat(sent).hasSize(4);
        assertThat(sent).allSatisfy(mail -> {
            assertThat(mail.get("late").asBoolean()).as(mail.toString()).isFalse();
            assertThat(mail.get("status").asText()).isEqualTo("SENT");
        });
        assertThat(timeline(ticket)).extracting(IncidentEvent::getType).doesNotContain("CLIENT_UPDATE_LATE");
    }

    // --- 2 ------------------------------------------------------------------------------------------

    @Test
    void aPromisedEarlierUpdateMovesTheTimer() {
        Clock.businessHours();
        ProcessInstance instance = report(p1());
        Task first = openNextUpdate(instance);
        Instant promised = now().plus(Duration.ofMinutes(10));

        writeUpdate(instance, first, iso(promised), 1);

        assertThat(updateMails(instance.getBusinessKey())).hasSize(1);
        assertThat(text(updateMails(instance.getBusinessKey()).get(0)))
                .contains("By Tuesday, 24 November 2026 at " + localTime(promised) + " (Pacific Time)");
        assertThat(updateDueAt(instance)).isEqualTo(promised);
        assertThat(register.get(instance.getBusinessKey()).getNextUpdateDueAt()).isEqualTo(promised);
        Instant opensAt = updateTimer(instance).getDuedate().toInstant();
        assertThat(opensAt).isAfter(now()).isBefore(promised);

        Task second = openNextUpdate(instance);
        assertThat(second.getId()).isNotEqualTo(first.getId());
        assertThat(second.getDueDate().toInstant()).isEqualTo(promised);
        Job late = Ticket.of(engine, instance.getBusinessKey()).timer("Timer_UpdateLate");
        assertThat(late.getDuedate().toInstant()).isEqualTo(promised);
    }

    // --- 3 ------------------------------------------------------------------------------------------

    @Test
    void aPromiseLaterThanTheContractAllowsIsRefused() {
        Clock.businessHours();
        ProcessInstance instance = report(p1());
        Task write = openNextUpdate(instance);
        Instant dueAt = write.getDueDate().toInstant();

        Throwable refused = catchThrowable(() ->
                writeUpdate(instance, write, iso(dueAt.plus(Duration.ofHours(2))), 1));

        assertThat(refused).isInstanceOf(ProcessEngineException.class).hasMessageContaining("at the latest");
        Task stillOpen = writeTask(instance);
        assertThat(stillOpen.getId()).isEqualTo(write.getId());
        assertThat(stillOpen.getAssignee()).isEqualTo(OWNER);
        Jobs.runDue(engine, instance.getBusinessKey());
        assertThat(updateMails(instance.getBusinessKey())).isEmpty();
        assertThat(communications(instance.getBusinessKey(), "CLIENT_UPDATE")).isEmpty();
        assertThat(Ticket.of(engine, instance.getBusinessKey()).jobs("Task_SendClientUpdate")).isEmpty();
    }

    // --- 4 ------------------------------------------------------------------------------------------

    @Test
    void aLateUpdateEscalatesToTheDutyManagerAndIsStillSentMarkedLate() {
        Clock.businessHours();
        ProcessInstance instance = report(p1());
        String ticket = instance.getBusinessKey();
        Task write = openNextUpdate(instance);
        Instant dueAt = write.getDueDate().toInstant();

        setClock(dueAt);
        Jobs.runDue(engine, ticket);

        Task chase = single(tasks.createTaskQuery().processInstanceBusinessKey(ticket)
                .taskDefinitionKey("Task_ChaseLateUpdate").list());
        assertThat(candidateGroups(chase)).containsExactly("duty-manager");
        MimeMessage alert = onlyMail(DUTY_MANAGER, ticket, "late");
        assertThat(subject(alert)).contains(ticket, "client update 1 is late");
        assertThat(text(alert)).contains("Tuesday, 24 November 2026 at 10:30");
        assertThat(writeTask(instance).getId()).as("the owner's task stays open").isEqualTo(write.getId());
        assertThat(updateMails(ticket)).isEmpty();
        assertThat(timeline(ticket)).extracting(IncidentEvent::getType).contains("CLIENT_UPDATE_LATE");

        Clock.advanceMinutes(5);
        writeUpdate(instance, writeTask(instance), null, 1);

        assertThat(updateMails(ticket)).hasSize(1);
        List<JsonNode> sent = communications(ticket, "CLIENT_UPDATE");
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).get("late").asBoolean()).isTrue();
        assertThat(Instant.parse(sent.get(0).get("dueAt").asText())).isEqualTo(dueAt);
        assertThat(timeline(ticket)).anySatisfy(event -> {
            assertThat(event.getType()).isEqualTo("MAIL_SENT");
            assertThat(event.getDetail()).contains("Update 1", "late");
        });
        assertThat(onlyMail(DUTY_MANAGER, ticket, "late")).isNotNull();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ticket).taskDefinitionKey("Task_ChaseLateUpdate")
                .count()).as("nothing left to chase once the update went out").isZero();
    }

    // --- 5 ------------------------------------------------------------------------------------------

    @Test
    void smtpDownThenUpDeliversEveryMailExactlyOnce() {
        Clock.businessHours();
        String ticket = intake(p1());
        smtpDown();

        List<Throwable> failures = runDueCatching(ticket);

        ProcessInstance instance = instance(ticket);
        assertThat(failures).hasSize(1);
        Job ack = single(Ticket.of(engine, ticket).jobs("Task_AcknowledgeReport"));
        assertThat(ack.getRetries()).as("PT1M,PT2M,PT5M,PT10M,PT30M: five attempts left").isEqualTo(5);
        assertThat(ack.getExceptionMessage()).isNotBlank();
        assertThat(ack.getDuedate().toInstant()).isEqualTo(local("2026-11-24T10:01"));
        List<JsonNode> recorded = communications(ticket, "ACKNOWLEDGEMENT");
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0).get("status").asText()).isEqualTo("PENDING");
        assertThat(recorded.get(0).has("sentAt")).isFalse();

        smtpUp();
        setClock(local("2026-11-24T10:00:30"));
        Jobs.runDue(engine, ticket);
        assertThat(TestMailServer.inbox(CLIENT, ticket)).as("not retried before PT1M").isEmpty();

        setClock(local("2026-11-24T10:01:30"));
        Jobs.runDue(engine, ticket);
        assertThat(TestMailServer.inbox(CLIENT, ticket)).hasSize(1);
        assertThat(TestMailServer.inbox("frontdesk@northwind-dental.test", ticket)).hasSize(1);
        Ticket.of(engine, ticket).isWaitingAt("Task_WorkIncident");

        Jobs.runDue(engine, ticket);
        Clock.advanceMinutes(5);
        Jobs.runDue(engine, ticket);
        assertThat(TestMailServer.inbox(CLIENT, ticket)).hasSize(1);
        assertThat(communications(ticket, "ACKNOWLEDGEMENT")).singleElement()
                .satisfies(mail -> assertThat(mail.get("status").asText()).isEqualTo("SENT"));
    }

    @Test
    void aMailJobWithItsRetriesSpentBecomesACockpitIncidentThatAnOperatorResolves() {
        Clock.businessHours();
        String ticket = intake(p1());
        smtpDown();
        runDueCatching(ticket);
        ProcessInstance instance = instance(ticket);
        Job ack = single(Ticket.of(engine, ticket).jobs("Task_AcknowledgeReport"));
        assertThat(ack.getRetries()).isEqualTo(5);
        String coverageInstance = ack.getProcessInstanceId();

        List<Instant> retriedAt = new ArrayList<>();
        for (int attempt = 0; attempt < 10 && ack.getRetries() > 0; attempt++) {
            setClock(ack.getDuedate().toInstant());
            retriedAt.add(now());
            String id = ack.getId();
            assertThat(catchThrowable(() -> management.executeJob(id))).isNotNull();
            ack = management.createJobQuery().jobId(id).singleResult();
        }

        assertThat(retriedAt).containsExactly(local("2026-11-24T10:01"), local("2026-11-24T10:03"),
                local("2026-11-24T10:08"), local("2026-11-24T10:18"), local("2026-11-24T10:48"));
        assertThat(ack.getRetries()).isZero();
        String jobId = ack.getId();
        assertThat(runtime.createIncidentQuery().processInstanceId(coverageInstance).list())
                .singleElement()
                .satisfies(incident -> {
                    assertThat(incident.getIncidentType()).isEqualTo("failedJob");
                    assertThat(incident.getConfiguration()).isEqualTo(jobId);
                    assertThat(incident.getActivityId()).isEqualTo("Task_AcknowledgeReport");
                });
        assertThat(communications(ticket, "ACKNOWLEDGEMENT")).singleElement()
                .satisfies(mail -> assertThat(mail.get("status").asText()).isEqualTo("PENDING"));

        smtpUp();
        management.setJobRetries(ack.getId(), 1);
        management.executeJob(ack.getId());

        assertThat(TestMailServer.inbox(CLIENT, ticket)).hasSize(1);
        assertThat(runtime.createIncidentQuery().processInstanceId(coverageInstance).count()).isZero();
        assertThat(history.createHistoricIncidentQuery().processInstanceId(coverageInstance).resolved().count())
                .isEqualTo(1);
        Ticket.of(engine, ticket).isWaitingAt("Task_WorkIncident");
        Jobs.runDue(engine, ticket);
        assertThat(TestMailServer.inbox(CLIENT, ticket)).hasSize(1);
        assertThat(communications(ticket, "ACKNOWLEDGEMENT")).singleElement()
                .satisfies(mail -> assertThat(mail.get("status").asText()).isEqualTo("SENT"));
    }

    // --- 6 ------------------------------------------------------------------------------------------

    @Test
    void waitingOnAVendorDoesNotPauseTheUpdates() {
        Clock.businessHours();
        ProcessInstance instance = report(p1());
        String ticket = instance.getBusinessKey();

        Clock.advanceMinutes(5);
        Task work = single(tasks.createTaskQuery().processInstanceBusinessKey(ticket)
                .taskDefinitionKey("Task_WorkIncident").list());
        completeAs("helpdesk", "helpdesk", work, Map.of("diagnosisNotes", "The fibre line is down at the street",
                "outcome", "VENDOR", "vendorKind", "ISP"));
        Jobs.runDue(engine, ticket);

        Task openCase = single(tasks.createTaskQuery().processInstanceBusinessKey(ticket)
                .taskDefinitionKey("Task_OpenVendorCase").list());
        assertThat(candidateGroups(openCase)).contains("vendor-management");
        assertThat(writeTasks(instance)).isEmpty();

        Task write = openNextUpdate(instance);
        assertThat(write.getDueDate().toInstant()).isEqualTo(local("2026-11-24T10:30"));
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ticket)
                .taskDefinitionKey("Task_OpenVendorCase").count()).isEqualTo(1);
        writeUpdate(instance, write, null, 1);

        MimeMessage update = single(updateMails(ticket));
        assertThat(subject(update)).contains("Update 1");
        assertThat(text(update)).contains("Known 1", "Checking 1", "Next action 1");
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ticket)
                .taskDefinitionKey("Task_OpenVendorCase").count()).isEqualTo(1);
        assertThat(updateTimer(instance).getDuedate().toInstant()).isBefore(local("2026-11-24T11:00"));
    }

    // --- 7 ------------------------------------------------------------------------------------------

    @Test
    void resolutionStopsTheUpdates() {
        Clock.businessHours();
        ProcessInstance instance = report(p1());
        String ticket = instance.getBusinessKey();
        openNextUpdate(instance);

        Task work = single(tasks.createTaskQuery().processInstanceBusinessKey(ticket)
                .taskDefinitionKey("Task_WorkIncident").list());
        completeAs("helpdesk", "helpdesk", work, Map.of("diagnosisNotes", "Database service had stopped",
                "outcome", "RESOLVED", "resolution", "Restarted the database service"));
        Jobs.runDue(engine, ticket);

        Ticket.of(engine, ticket).hasPassed("StartEvent_IncidentStabilised", "EndEvent_UpdatesStopped")
                .isWaitingAt("Task_AwaitClientConfirmation");
        assertThat(writeTasks(instance)).isEmpty();
        assertThat(updateTimers(instance)).isEmpty();
        MimeMessage resolved = onlyMail(CLIENT, ticket, "Resolved");
        assertThat(text(resolved)).contains("Restarted the database service");
        assertThat(register.get(ticket).getNextUpdateDueAt()).isNull();

        Clock.advanceMinutes(120);
        Jobs.runDue(engine, ticket);

        assertThat(writeTasks(instance)).isEmpty();
        assertThat(updateTimers(instance)).isEmpty();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ticket)
                .taskDefinitionKey("Task_ChaseLateUpdate").count()).isZero();
        assertThat(updateMails(ticket)).isEmpty();
        assertThat(TestMailServer.inbox(DUTY_MANAGER, ticket)).isEmpty();
        assertThat(writeTasksEver(ticket)).isEqualTo(1);
    }

    // --- 8 ------------------------------------------------------------------------------------------

    @Test
    void aSummaryWithLineBreaksAndScriptArrivesInert() throws Exception {
        Clock.businessHours();
        ProcessInstance instance = report(Reports.northwind().signals(false, 1, false).asset("northwind-frontdesk-pc")
                .with("summary", "Printer down\r\nBcc: attacker@evil.test <script>alert(1)</script>"));
        String ticket = instance.getBusinessKey();

        MimeMessage ack = onlyMail(CLIENT, ticket, "Received");
        assertThat(subject(ack)).doesNotContain("\r", "\n")
                .contains(ticket, "Printer down Bcc: attacker@evil.test <script>alert(1)</script>");
        String[] rawSubjects = ack.getHeader("Subject");
        assertThat(rawSubjects).hasSize(1);
        assertThat(jakarta.mail.internet.MimeUtility.unfold(rawSubjects[0])).doesNotContain("\r", "\n");
        assertThat(headerNames(ack)).doesNotContain("Bcc", "bcc", "BCC");
        assertThat(ack.getHeader("Bcc")).isNull();
        assertThat(recipients(ack)).noneMatch(address -> address.contains("evil.test"));
        assertThat(TestMailServer.inbox("attacker@evil.test", ticket)).isEmpty();

        String html = html(ack);
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
        assertThat(text(ack)).contains("Printer down");
    }

    // --- 9 ------------------------------------------------------------------------------------------

    @Test
    void raisingThePriorityBringsTheNextUpdateForwardToTheNewCadenceFromNow() {
        Clock.businessHours();
        ProcessInstance instance = report(Reports.northwind().signals(false, 1, false).asset("northwind-frontdesk-pc"));
        String ticket = instance.getBusinessKey();
        assertThat(register.get(ticket).getPriority()).isEqualTo(Priority.P3);
        // P3: 540 business minutes (one business day of 08:00-17:00) from Tuesday 10:00
        assertThat(updateDueAt(instance)).isEqualTo(local("2026-11-25T10:00"));

        Clock.advanceMinutes(5);
        Api.Response raised = api.post(OWNER, "/api/incidents/" + ticket + "/priority",
                Api.json(Map.of("priority", "P1", "reason", "The whole front desk cannot check patients in")));
        assertThat(raised.status()).as(raised.body()).isEqualTo(200);
        Jobs.runDue(engine, ticket);

        // not tomorrow's P3 update: the P1 cadence (30 minutes) from the moment of re-triage
        Instant p1Due = local("2026-11-24T10:35");
        assertThat(updateDueAt(instance)).isEqualTo(p1Due);
        assertThat(raised.json().get("nextUpdateDueAt").asText()).isEqualTo(p1Due.toString());
        Task write = openNextUpdate(instance);
        assertThat(now()).isBefore(p1Due);
        assertThat(write.getDueDate().toInstant()).isEqualTo(p1Due);
        assertThat(tasks.getVariable(write.getId(), "nextUpdateAt"))
                .as("the form pre-fills the next update by the cadence of the current priority (P1: 30 minutes)")
                .isEqualTo(iso(p1Due.plus(Duration.ofMinutes(30))));
        writeUpdate(instance, write, null, 1);

        MimeMessage update = single(updateMails(ticket));
        assertThat(subject(update)).contains("Update 1");
        assertThat(single(communications(ticket, "CLIENT_UPDATE")).get("late").asBoolean()).isFalse();
        assertThat(updateDueAt(instance)).isEqualTo(p1Due.plus(Duration.ofMinutes(30)));
    }

    @Test
    void loweringThePriorityNeverDelaysAPromisedUpdate() {
        Clock.businessHours();
        ProcessInstance instance = report(p1());
        String ticket = instance.getBusinessKey();
        Instant promised = local("2026-11-24T10:30");
        assertThat(updateDueAt(instance)).isEqualTo(promised);

        Clock.advanceMinutes(10);
        Api.Response lowered = api.post(OWNER, "/api/incidents/" + ticket + "/priority",
                Api.json(Map.of("priority", "P3", "reason", "Only one seat is affected after all")));
        assertThat(lowered.status()).as(lowered.body()).isEqualTo(200);
        Jobs.runDue(engine, ticket);

        assertThat(updateDueAt(instance)).as("the client was promised an update by 10:30").isEqualTo(promised);
        Task write = openNextUpdate(instance);
        assertThat(write.getDueDate().toInstant()).isEqualTo(promised);
        assertThat(tasks.getVariable(write.getId(), "nextUpdateAt"))
                .as("after this update, the P3 cadence applies").isEqualTo(iso(local("2026-11-25T10:30")));
    }

    @Test
    void aPriorityChangeWhileTheUpdateIsWrittenKeepsTheTaskAndSuggestsTheNewCadence() {
        Clock.businessHours();
        ProcessInstance instance = report(Reports.northwind().signals(false, 1, false).asset("northwind-frontdesk-pc"));
        String ticket = instance.getBusinessKey();
        Task write = openNextUpdate(instance);
        Instant p3Due = local("2026-11-25T10:00");
        assertThat(write.getDueDate().toInstant()).isEqualTo(p3Due);
        assertThat(tasks.getVariable(write.getId(), "nextUpdateAt")).isEqualTo(iso(local("2026-11-27T10:00")));

        Clock.advanceMinutes(2);
        Api.Response raised = api.post(OWNER, "/api/incidents/" + ticket + "/priority",
                Api.json(Map.of("priority", "P1", "reason", "The whole front desk cannot check patients in")));
        assertThat(raised.status()).as(raised.body()).isEqualTo(200);
        Jobs.runDue(engine, ticket);

        Task same = writeTask(instance);
        assertThat(same.getId()).as("the writer keeps the task").isEqualTo(write.getId());
        assertThat(same.getDueDate().toInstant()).isEqualTo(p3Due);
        assertThat(tasks.getVariable(same.getId(), "nextUpdateAt"))
                .as("the suggestion follows the P1 cadence").isEqualTo(iso(p3Due.plus(Duration.ofMinutes(30))));
    }

    @Test
    void atNightWithTheAcknowledgementStillOutstandingTheOnCallTeamGetsTheUpdate() {
        Clock.at("2026-11-28T22:00", LA);
        ProcessInstance instance = report(p1());
        String ticket = instance.getBusinessKey();

        Task write = openNextUpdate(instance);

        assertThat(write.getAssignee()).as("nobody acknowledged the page yet").isNull();
        assertThat(candidateGroups(write)).containsExactly("on-call");
        assertThat(register.get(ticket).getAccountableOwner()).isEqualTo(OWNER);
        MimeMessage told = onlyMail("dispatcher@servicedesk.test", ticket, "client updates go to");
        assertThat(subject(told)).contains("the on-call team (on-call)");
        assertThat(timeline(ticket)).anySatisfy(event -> {
            assertThat(event.getType()).isEqualTo("OVERNIGHT_COVER");
            assertThat(event.getDetail()).contains("Client update 1", "on-call", "stays the accountable owner");
        });
    }

    @Test
    void inTheWindowTheOwnerWritesTheUpdateAndIsNotDisturbed() {
        Clock.businessHours();
        ProcessInstance instance = report(p1());

        Task write = openNextUpdate(instance);

        assertThat(write.getAssignee()).isEqualTo(OWNER);
        assertThat(candidateGroups(write)).isEmpty();
        assertThat(TestMailServer.inbox("dispatcher@servicedesk.test", instance.getBusinessKey()))
                .noneMatch(mail -> subject(mail).contains("client updates go to"));
    }

    // --- 10 -----------------------------------------------------------------------------------------

    @Test
    void aP4GetsNoTimedUpdates() {
        Clock.businessHours();
        ProcessInstance instance = report(Reports.northwind().signals(false, 0, false));
        String ticket = instance.getBusinessKey();
        assertThat(register.get(ticket).getPriority()).isEqualTo(Priority.P4);

        MimeMessage ack = onlyMail(CLIENT, ticket, "Received");
        assertThat(text(ack)).contains("We will write to you when it is resolved.")
                .doesNotContain("You will hear from us again");
        Ticket.of(engine, ticket).isWaitingAt("Message_CadencePriorityChanged");
        assertThat(updateTimers(instance)).isEmpty();
        assertThat(register.get(ticket).getNextUpdateDueAt()).isNull();

        for (int hour = 0; hour < 8; hour++) {
            Clock.advanceMinutes(60);
            Jobs.runDue(engine, ticket);
            assertThat(writeTasks(instance)).isEmpty();
        }
        assertThat(writeTasksEver(ticket)).isZero();
        assertThat(updateMails(ticket)).isEmpty();
        assertThat(communications(ticket, "CLIENT_UPDATE")).isEmpty();
    }

    @Test
    void aP4RaisedToP1GetsTimedUpdatesFromThen() {
        Clock.businessHours();
        ProcessInstance instance = report(Reports.northwind().signals(false, 0, false));
        String ticket = instance.getBusinessKey();
        assertThat(writeTasks(instance)).isEmpty();

        Api.Response raised = api.post("dispatcher", "/api/incidents/" + ticket + "/priority",
                Api.json(Map.of("priority", "P1", "reason", "The whole office is down now")));
        Jobs.runDue(engine, ticket);

        assertThat(raised.status()).as(raised.body()).isEqualTo(200);
        assertThat(updateDueAt(instance)).isEqualTo(local("2026-11-24T10:30"));
        Clock.advanceMinutes(20);
        Jobs.runDue(engine, ticket);
        assertThat(writeTasks(instance)).hasSize(1);
    }

    // --- 11 -----------------------------------------------------------------------------------------

    @Test
    void updatesOfOneTicketThreadTogether() throws Exception {
        Clock.businessHours();
        ProcessInstance instance = report(p1());
        String ticket = instance.getBusinessKey();
        writeUpdate(instance, openNextUpdate(instance), null, 1);

        MimeMessage ack = onlyMail(CLIENT, ticket, "Received");
        MimeMessage update = single(updateMails(ticket));
        String ackId = ack.getMessageID();
        String updateId = update.getMessageID();
        assertThat(ackId).isNotBlank().startsWith("<").endsWith(">").contains(ticket);
        assertThat(updateId).isNotBlank().startsWith("<").endsWith(">").contains(ticket);
        assertThat(ackId).isNotEqualTo(updateId);

        String root = ack.getHeader("In-Reply-To", null);
        assertThat(root).isNotBlank().isNotEqualTo(ackId).isNotEqualTo(updateId);
        assertThat(ack.getHeader("References", null)).isEqualTo(root);
        assertThat(update.getHeader("In-Reply-To", null)).isEqualTo(root);
        assertThat(update.getHeader("References", null)).contains(root);

        // deterministic: the recorded Message-ID, the one the client received, and the same for the other contact
        assertThat(single(communications(ticket, "ACKNOWLEDGEMENT")).get("messageId").asText()).isEqualTo(ackId);
        assertThat(single(communications(ticket, "CLIENT_UPDATE")).get("messageId").asText()).isEqualTo(updateId);
        MimeMessage frontDeskCopy = single(TestMailServer.inbox("frontdesk@northwind-dental.test", ticket).stream()
                .filter(mail -> subject(mail).contains("Received")).toList());
        assertThat(frontDeskCopy.getMessageID()).isEqualTo(ackId);
        assertThat(ackId).isEqualTo("<" + ticket + ".ack.1@" + ackId.substring(ackId.indexOf('@') + 1));
    }

    // --- helpers ------------------------------------------------------------------------------------

    private static Reports p1() {
        return Reports.northwind().signals(true, 4, false).asset("northwind-accounting-db");
    }

    private String intake(Reports report) {
        Api.Response response = api.post(report.portal(), "/api/incidents", report.json());
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("ticket").asText();
    }

    private ProcessInstance report(Reports report) {
        String ticket = intake(report);
        Jobs.runDue(engine, ticket);
        return instance(ticket);
    }

    private ProcessInstance instance(String ticket) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(ticket).processDefinitionKey("incident")
                .singleResult();
    }

    /** The running processes of the ticket: the lifecycle and the diagrams it called. */
    private Set<String> ids(String ticket) {
        Set<String> ids = new HashSet<>(Set.of("none"));
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(ticket).list()
                .forEach(running -> ids.add(running.getId()));
        return ids;
    }

    private long writeTasksEver(String ticket) {
        return history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(ticket)
                .taskDefinitionKey("Task_WriteClientUpdate").count();
    }

    /** Like Jobs.runDue, but a failing job is caught (and, with its retry time cycle, not due again at once). */
    private List<Throwable> runDueCatching(String ticket) {
        List<Throwable> failures = new ArrayList<>();
        for (int round = 0; round < 50; round++) {
            List<Job> due = management.createJobQuery().processInstanceIds(ids(ticket)).executable().list();
            if (due.isEmpty()) {
                return failures;
            }
            for (Job job : due) {
                try {
                    management.executeJob(job.getId());
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            }
        }
        throw new AssertionError("Jobs keep coming for " + ticket);
    }

    /** Moves the clock to when the next "Write client update" opens, runs due jobs, returns the task. */
    private Task openNextUpdate(ProcessInstance instance) {
        setClock(updateTimer(instance).getDuedate().toInstant());
        Jobs.runDue(engine, instance.getBusinessKey());
        return writeTask(instance);
    }

    /** The owner writes the update with the four elements; the pre-filled next update unless given. */
    private void writeUpdate(ProcessInstance instance, Task task, String nextUpdateAt, int n) {
        String promise = nextUpdateAt != null ? nextUpdateAt : (String) tasks.getVariable(task.getId(), "nextUpdateAt");
        assertThat(promise).as("pre-filled nextUpdateAt").isNotBlank();
        completeAs(OWNER, "dispatch", task, Map.of("whatIsKnown", "Known " + n,
                "whatIsBeingChecked", "Checking " + n, "nextAction", "Next action " + n, "nextUpdateAt", promise));
        Jobs.runDue(engine, instance.getBusinessKey());
    }

    private void completeAs(String user, String group, Task task, Map<String, Object> variables) {
        identity.setAuthentication(user, List.of(group));
        try {
            tasks.complete(task.getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
    }

    private Job updateTimer(ProcessInstance instance) {
        List<Job> timers = Ticket.of(engine, instance.getBusinessKey()).timers("Timer_UpdateFallsDue");
        assertThat(timers).as("the timer of the next client update").hasSize(1);
        return timers.get(0);
    }

    private List<Job> updateTimers(ProcessInstance instance) {
        List<Job> timers = new ArrayList<>(Ticket.of(engine, instance.getBusinessKey()).timers("Timer_UpdateFallsDue"));
        timers.addAll(Ticket.of(engine, instance.getBusinessKey()).timers("Timer_UpdateLate"));
        return timers;
    }

    /** When the next update must reach the client, as the incident record says. */
    private Instant updateDueAt(ProcessInstance instance) {
        return register.get(instance.getBusinessKey()).getNextUpdateDueAt();
    }

    private List<Task> writeTasks(ProcessInstance instance) {
        return tasks.createTaskQuery().processInstanceBusinessKey(instance.getBusinessKey())
                .taskDefinitionKey("Task_WriteClientUpdate").list();
    }

    private Task writeTask(ProcessInstance instance) {
        List<Task> open = writeTasks(instance);
        assertThat(open).as("open 'Write client update' tasks at %s", now()).hasSize(1);
        return open.get(0);
    }

    private List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).filter(group -> group != null).toList();
    }

    private List<JsonNode> communications(String ticket, String kind) {
        Api.Response response = api.get(OWNER, "/api/incidents/" + ticket);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return StreamSupport.stream(response.json().get("communications").spliterator(), false)
                .filter(mail -> kind.equals(mail.get("kind").asText())).toList();
    }

    private List<IncidentEvent> timeline(String ticket) {
        Incident incident = register.get(ticket);
        return register.timeline(incident);
    }

    private void smtpDown() {
        TestMailServer.stop();
        smtpStopped = true;
    }

    private void smtpUp() {
        if (smtpStopped) {
            TestMailServer.start();
            smtpStopped = false;
        }
    }

    private static void setClock(Instant at) {
        ClockUtil.setCurrentTime(Date.from(at));
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    private static Instant local(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LA).toInstant();
    }

    private static String localTime(Instant at) {
        return String.format("%02d:%02d", at.atZone(LA).getHour(), at.atZone(LA).getMinute());
    }

    /** ISO-8601 with the contract's offset, as the form's date-time field sends it. */
    private static String iso(Instant at) {
        return OffsetDateTime.ofInstant(at, LA).toString();
    }

    private static <T> T single(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private static List<MimeMessage> updateMails(String ticket) {
        return TestMailServer.inbox(CLIENT, ticket).stream().filter(mail -> subject(mail).contains("] Update "))
                .toList();
    }

    private static MimeMessage onlyMail(String recipient, String ticket, String subjectPart) {
        List<MimeMessage> mails = TestMailServer.inbox(recipient, ticket).stream()
                .filter(mail -> subject(mail).contains(subjectPart)).toList();
        assertThat(mails).as("mails about %s to %s with '%s'", ticket, recipient, subjectPart).hasSize(1);
        return mails.get(0);
    }

    static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> recipients(MimeMessage mail) throws MessagingException {
        Address[] all = mail.getAllRecipients();
        return all == null ? List.of() : Arrays.stream(all).map(Address::toString).toList();
    }

    static List<String> headerNames(MimeMessage mail) throws MessagingException {
        return Collections.list(mail.getAllHeaders()).stream().map(Header::getName).toList();
    }

    /** The decoded text/plain part, whitespace collapsed. */
    static String text(MimeMessage mail) {
        return part(mail, "text/plain").replaceAll("\\s+", " ");
    }

    /** The decoded text/html part. */
    static String html(MimeMessage mail) {
        return part(mail, "text/html");
    }

    private static String part(Part part, String type) {
        try {
            if (part.isMimeType(type)) {
                return part.getContent().toString();
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    String found = part(multipart.getBodyPart(i), type);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return part instanceof MimeMessage ? fail(type) : null;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fail(String type) {
        throw new AssertionError("The mail has no " + type + " part");
    }
}
