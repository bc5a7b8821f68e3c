package io.servicedesk.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.servicedesk.contract.Priority;
import io.servicedesk.support.Api;
import io.servicedesk.support.Clock;
import io.servicedesk.support.Jobs;
import io.servicedesk.support.Reports;
import io.servicedesk.support.ServiceDeskTest;
import io.servicedesk.support.TestMailServer;
import io.servicedesk.support.Ticket;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 8, one core path per promise the seed makes a buyer, driven as people drive it (reports and
 * re-triage through the API, Tasklist completions as the demo users, mail on a real SMTP server) with
 * the engine's clock under the test's control. {@link EscalationProcessOnPostgresTest} runs them again
 * on PostgreSQL.
 */
@ServiceDeskTest
class EscalationProcessTest {

    private static final ZoneId LA = Clock.LOS_ANGELES;
    private static final ZoneId BERLIN = Clock.BERLIN;
    private static final String CLIENT = "abel.stone@northwind-dental.test";
    private static final String DUTY_MANAGER = "duty-manager@servicedesk.test";
    private static final String ON_CALL = "on-call@servicedesk.test";

    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentityService identity;
    @Autowired
    IncidentRegister register;
    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        TestMailServer.purge();
    }

    @AfterEach
    void tearDown() {
        identity.clearAuthentication();
        Clock.reset();
    }

    // --- the seed's P1 ------------------------------------------------------------------------------

    @Test
    void criticalOperationsDownWithFiveBlockedOnALowRatedSystemIsAP1WorkedAtOnce() {
        Clock.at("2026-11-24T10:00", BERLIN);
        String ticket = report(Reports.forClient("brandt").signals(true, 5, false).asset("brandt-label-printer")
                .with("reporter", Map.of("name", "Jana Brandt", "email", "jana.brandt@brandt-logistik.test")));

        Ticket.of(engine, ticket).isWaitingAt("Task_WorkIncident").hasNotPassed("Task_ReviewTriage");
        Incident incident = register.get(ticket);
        assertThat(incident.getPriority()).isEqualTo(Priority.P1);
        assertThat(incident.getTriageReason()).isEqualTo("Multiple users blocked");
    }

    // --- a report that needs review is never stuck -------------------------------------------------

    @Test
    void anUntakenTriageReviewEscalatesToTheDutyManagerAndTheClientHearsAtOnce() {
        Clock.at("2026-11-24T10:00", LA);
        String ticket = report(Reports.northwind());
        Ticket incident = Ticket.of(engine, ticket).isWaitingAt("Task_ReviewTriage");

        MimeMessage holding = onlyMail(CLIENT, ticket, "being assessed");
        assertThat(body(holding)).contains("by Tuesday, 24 November 2026 at 10:15 (Pacific Time)");
        Task review = incident.task("Task_ReviewTriage");
        assertThat(review.getDueDate()).as("the contract's acknowledgement target: 15 minutes")
                .isEqualTo(local("2026-11-24T10:15", LA));
        assertThat(view(ticket).get("triageReview").get("dueAt").asText()).isEqualTo("2026-11-24T18:15:00Z");

        Clock.at("2026-11-24T10:14", LA);
        Jobs.runDue(engine, ticket);
        assertThat(TestMailServer.inbox(DUTY_MANAGER, ticket)).isEmpty();

        Clock.at("2026-11-24T10:15", LA);
        Jobs.runDue(engine, ticket);

        assertThat(candidateGroups(incident.task("Task_ReviewTriage"))).contains("dispatch", "duty-manager");
        MimeMessage overdue = onlyMail(DUTY_MANAGER, ticket, "triage review overdue");
        assertThat(body(overdue)).contains("Review triage", "overdue since Tuesday, 24 November 2026 at 10:15");
        JsonNode triageReview = view(ticket).get("triageReview");
        assertThat(triageReview.get("escalations").asInt()).isEqualTo(1);
        assertThat(triageReview.get("escalatedTo").asText()).isEqualTo("duty-manager");
    }

    // --- night-time updates go to someone awake -----------------------------------------------------

    @Test
    void atNightTheUpdateGoesToWhoeverAcknowledgedThePageWhileTheOwnerStaysAndIsTold() {
        Clock.at("2026-11-28T22:00", LA);
        String ticket = report(p1());
        Ticket incident = Ticket.of(engine, ticket);
        Clock.at("2026-11-28T22:06", LA);
        completeAs("on-call", "on-call", incident.task("Task_AcknowledgePage"), Map.of());

        ClockUtil.setCurrentTime(incident.timer("Timer_UpdateFallsDue").getDuedate());
        Jobs.runDue(engine, ticket);

        Task write = incident.task("Task_WriteClientUpdate");
        assertThat(write.getAssignee()).isEqualTo("on-call");
        assertThat(candidateGroups(write)).containsExactly("on-call");
        assertThat(write.getDueDate()).isEqualTo(local("2026-11-28T22:30", LA));
        assertThat(register.get(ticket).getAccountableOwner()).isEqualTo("dispatcher");
        MimeMessage told = onlyMail("dispatcher@servicedesk.test", ticket, "client updates go to on-call tonight");
        assertThat(body(told)).contains("You stay the accountable owner");

        completeAs("on-call", "on-call", write, Map.of("whatIsKnown", "The database volume is full",
                "whatIsBeingChecked", "What filled it", "nextAction", "Free space",
                "nextUpdateAt", engine.getTaskService().getVariable(write.getId(), "nextUpdateAt")));
        MimeMessage update = onlyMail(CLIENT, ticket, "Update 1");
        assertThat(body(update)).contains("The database volume is full");
        assertThat(view(ticket).get("communications").findValuesAsText("kind")).contains("CLIENT_UPDATE");
        assertThat(onlyCommunication(ticket, "CLIENT_UPDATE").get("late").asBoolean()).isFalse();
    }

    // --- re-triage moves the clock now --------------------------------------------------------------

    @Test
    void raisingAP3ToP1BringsTheNextUpdateForwardAndRecomputesTheHandOff() {
        Clock.at("2026-11-24T10:00", LA);
        String ticket = report(p3());
        Ticket incident = Ticket.of(engine, ticket);
        assertThat(incident.timer("Timer_HandoffDue").getDuedate()).as("P3: 480 business minutes")
                .isEqualTo(local("2026-11-25T09:00", LA));

        Clock.at("2026-11-24T10:10", LA);
        Api.Response raised = api.post("dispatcher", "/api/incidents/" + ticket + "/priority",
                Api.json(Map.of("priority", "P1", "reason", "The whole front desk is down")));
        assertThat(raised.status()).as(raised.body()).isEqualTo(200);
        Jobs.runDue(engine, ticket);

        assertThat(register.get(ticket).getNextUpdateDueAt()).as("P1 cadence from the re-triage")
                .isEqualTo(local("2026-11-24T10:40", LA).toInstant());
        assertThat(incident.timer("Timer_HandoffDue").getDuedate()).as("P1: 30 minutes from when work started")
                .isEqualTo(local("2026-11-24T10:30", LA));
        assertThat(view(ticket).get("resolution").get("dueAt").asText()).as("P1: 240 minutes from the report")
                .isEqualTo("2026-11-24T22:00:00Z");
    }

    // --- a P1 open when the window closes stays covered ---------------------------------------------

    @Test
    void aP1OpenWhenTheWindowClosesIsCarriedOnByOnCall() {
        // reported 16:45: its hand-off to engineering (30 minutes) is due after the window closes at 17:00
        Clock.at("2026-11-24T16:45", LA);
        String ticket = report(p1());
        Ticket incident = Ticket.of(engine, ticket).isWaitingAt("Task_WorkIncident");
        assertThat(incident.task("Task_WorkIncident").getAssignee()).isNull();

        Clock.at("2026-11-24T17:00", LA);
        Jobs.runDue(engine, ticket);

        MimeMessage page = onlyMail(ON_CALL, ticket, "on-call page");
        assertThat(body(page)).contains("Acknowledge page");
        assertThat(timeline(ticket)).anySatisfy(event -> {
            assertThat(event.getType()).isEqualTo("OVERNIGHT_COVER");
            assertThat(event.getDetail()).contains("carry it on");
        });
        Clock.at("2026-11-24T17:04", LA);
        completeAs("on-call", "on-call", incident.task("Task_AcknowledgePage"), Map.of());

        Task work = incident.task("Task_WorkIncident");
        assertThat(work.getAssignee()).as("whoever acknowledged carries it on tonight").isEqualTo("on-call");
        assertThat(candidateGroups(work)).contains("on-call");
        Incident carriedOn = register.get(ticket);
        assertThat(carriedOn.getAccountableOwner()).isEqualTo("dispatcher");
        assertThat(carriedOn.getState()).isEqualTo(IncidentState.IN_PROGRESS);
        assertThat(carriedOn.getAssignee()).isEqualTo("on-call");
        assertThat(carriedOn.getWorkingTeam()).isEqualTo("on-call");
    }

    @Test
    void aP1TheContractDoesNotCoverAfterHoursTellsTheClientWhenWorkResumes() {
        Clock.at("2026-11-24T16:30", LA);
        String ticket = report(Reports.forClient("cobalt").signals(true, 3, false)
                .with("reporter", Map.of("name", "Rita Cobalt", "email", "rita@cobalt-studio.test")));

        Clock.at("2026-11-24T17:00", LA);
        Jobs.runDue(engine, ticket);

        MimeMessage resumes = onlyMail("rita@cobalt-studio.test", ticket, "work resumes");
        assertThat(body(resumes)).contains("Wednesday, 25 November 2026 at 09:00 (Pacific Time)");
        assertThat(TestMailServer.inbox(ON_CALL, ticket)).isEmpty();
    }

    // --- resolution targets count -------------------------------------------------------------------

    @Test
    void aResolutionTargetPassingIsRecordedOnTheIncidentAndAlertsTheDutyManager() {
        Clock.at("2026-11-24T10:00", LA);
        String ticket = report(p1());
        assertThat(view(ticket).get("resolution").get("dueAt").asText()).isEqualTo("2026-11-24T22:00:00Z");
        assertThat(view(ticket).get("resolution").get("breached").asBoolean()).isFalse();

        Clock.at("2026-11-24T14:00", LA);
        Jobs.runDue(engine, ticket);

        JsonNode resolution = view(ticket).get("resolution");
        assertThat(resolution.get("breached").asBoolean()).isTrue();
        assertThat(resolution.get("breachedAt").asText()).isEqualTo("2026-11-24T22:00:00Z");
        MimeMessage alert = onlyMail(DUTY_MANAGER, ticket, "resolution target passed");
        assertThat(body(alert)).contains(ticket, "not resolved");
    }

    // --- the P1 review is before closure and reads the highest priority -----------------------------

    @Test
    void aP1LoweredToP3GetsItsReviewBeforeClosureWithFollowUpsTrackedOnTheIncident() {
        Clock.at("2026-11-24T10:00", LA);
        String ticket = report(p1());
        Ticket incident = Ticket.of(engine, ticket);
        api.post("dispatcher", "/api/incidents/" + ticket + "/priority",
                Api.json(Map.of("priority", "P3", "reason", "Only one seat after all")));
        Jobs.runDue(engine, ticket);
        completeAs("helpdesk", "helpdesk", incident.task("Task_WorkIncident"), Map.of("diagnosisNotes", "Full disk",
                "outcome", "RESOLVED", "resolution", "Freed space"));
        api.post("dispatcher", "/api/incidents/" + ticket + "/confirmation", Api.json(Map.of("confirmedBy", "Abel")));
        Jobs.runDue(engine, ticket);

        incident.isWaitingAt("Task_ReviewIncident");
        assertThat(register.get(ticket).getState()).isEqualTo(IncidentState.RESOLVED);
        Map<String, Object> findings = new HashMap<>();
        findings.put("rootCause", "No disk space alert");
        findings.put("systemInScope", true);
        findings.put("systemMonitored", false);
        findings.put("followUp1Action", "Alert on disk space");
        findings.put("followUp1Owner", "engineer");
        findings.put("followUp1Due", "2026-12-01");
        completeAs("dispatcher", "dispatch", incident.task("Task_ReviewIncident"), findings);

        assertThat(register.get(ticket).getState()).isEqualTo(IncidentState.CLOSED);
        Task followUp = incident.task("Task_CompleteFollowUpAction");
        assertThat(followUp.getAssignee()).isEqualTo("engineer");
        assertThat(followUp.getDueDate()).isEqualTo(local("2026-12-02T00:00", LA));
        JsonNode onTheIncident = view(ticket).get("followUps").get(0);
        assertThat(onTheIncident.get("action").asText()).isEqualTo("Alert on disk space");
        assertThat(onTheIncident.get("status").asText()).isEqualTo("OPEN");
        // and in the auditor's evidence of the contract for that day
        JsonNode followUps = api.get("auditor", "/api/audit/contracts/northwind-2026/evidence?from=2026-11-24&to=2026-11-24")
                .json().at("/reviews/followUps");
        assertThat(followUps.isObject()).as("follow-ups in the evidence: %s", followUps).isTrue();
        assertThat(followUps.get("open").asLong()).isGreaterThanOrEqualTo(1);
    }

    // --- vendor silence escalates beyond vendor management ------------------------------------------

    @Test
    void aVendorSilentThroughTheContractsChasesGoesToTheOwnerAndTheDutyManager() {
        Clock.at("2026-11-24T10:00", LA);
        String ticket = report(p3());
        Ticket incident = Ticket.of(engine, ticket);
        completeAs("helpdesk", "helpdesk", incident.task("Task_WorkIncident"), Map.of("diagnosisNotes", "No carrier",
                "outcome", "VENDOR", "vendorKind", "ISP"));
        completeAs("vendor-manager", "vendor-management", incident.task("Task_OpenVendorCase"),
                Map.of("vendorCaseReference", "PF-77", "vendorNote", "No carrier"));

        Clock.at("2026-11-24T11:00", LA);
        Jobs.runDue(engine, ticket);
        assertThat(incident.tasks("Task_FollowUpVendor")).hasSize(1);
        Clock.at("2026-11-24T12:00", LA);
        Jobs.runDue(engine, ticket);

        assertThat(incident.tasks("Task_FollowUpVendor")).as("one open chase at a time").isEmpty();
        Task handle = incident.task("Task_HandleSilentVendor");
        assertThat(handle.getAssignee()).isEqualTo("dispatcher");
        assertThat(candidateGroups(handle)).contains("duty-manager");
        assertThat(TestMailServer.inbox("dispatcher@servicedesk.test", ticket)).anyMatch(mail ->
                subject(mail).contains("silent on case PF-77"));
        assertThat(TestMailServer.inbox(DUTY_MANAGER, ticket)).anyMatch(mail ->
                subject(mail).contains("silent on case PF-77"));
    }

    // --- a repeat is not swallowed ------------------------------------------------------------------

    @Test
    void aReportRepeatingAClosedIncidentsReferenceOpensALinkedIncident() {
        Clock.at("2026-11-24T10:00", LA);
        String first = report(p3().with("externalRef", "PORTAL-4711"));
        completeAs("helpdesk", "helpdesk", Ticket.of(engine, first).task("Task_WorkIncident"), Map.of(
                "diagnosisNotes", "Printer queue", "outcome", "RESOLVED", "resolution", "Cleared the queue"));
        api.post("dispatcher", "/api/incidents/" + first + "/confirmation", Api.json(Map.of("confirmedBy", "Abel")));
        Jobs.runDue(engine, first);
        assertThat(register.get(first).getState()).isEqualTo(IncidentState.CLOSED);

        Clock.at("2026-11-26T09:00", LA);
        Api.Response again = api.post("northwind-portal", "/api/incidents", p3().with("externalRef", "PORTAL-4711").json());

        assertThat(again.status()).as(again.body()).isEqualTo(201);
        String second = again.json().get("ticket").asText();
        assertThat(second).isNotEqualTo(first);
        assertThat(again.json().get("recurrenceOf").asText()).isEqualTo(first);
        assertThat(view(first).get("recurrences").get(0).asText()).isEqualTo(second);
        assertThat(view(second).get("timeline").findValuesAsText("detail"))
                .anyMatch(detail -> detail.contains("Recurrence of " + first));
        assertThat(view(first).get("timeline").findValuesAsText("detail"))
                .anyMatch(detail -> detail.contains("Recurred as " + second));
        Api.Response retried = api.post("northwind-portal", "/api/incidents", p3().with("externalRef", "PORTAL-4711").json());
        assertThat(retried.status()).as("a retry of the repeat finds the repeat").isEqualTo(200);
        assertThat(retried.json().get("ticket").asText()).isEqualTo(second);
    }

    // --- helpers -------------------------------------------------------------------------------------

    static Reports p1() {
        return Reports.northwind().signals(true, 4, false).asset("northwind-accounting-db");
    }

    static Reports p3() {
        return Reports.northwind().signals(false, 1, false).asset("northwind-frontdesk-pc");
    }

    private String report(Reports report) {
        Api.Response response = api.post(report.portal(), "/api/incidents", report.json());
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        String ticket = response.json().get("ticket").asText();
        Jobs.runDue(engine, ticket);
        return ticket;
    }

    private void completeAs(String user, String group, Task task, Map<String, Object> variables) {
        String ticket = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey();
        identity.setAuthentication(user, List.of(group));
        try {
            engine.getTaskService().complete(task.getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
        Jobs.runDue(engine, ticket);
    }

    private List<String> candidateGroups(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).filter(group -> group != null).toList();
    }

    private JsonNode view(String ticket) {
        Api.Response response = api.get("auditor", "/api/incidents/" + ticket);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private JsonNode onlyCommunication(String ticket, String kind) {
        List<JsonNode> found = new java.util.ArrayList<>();
        view(ticket).get("communications").forEach(mail -> {
            if (kind.equals(mail.get("kind").asText())) {
                found.add(mail);
            }
        });
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private List<IncidentEvent> timeline(String ticket) {
        return register.timeline(register.get(ticket));
    }

    private static Date local(String localDateTime, ZoneId zone) {
        ZonedDateTime at = LocalDateTime.parse(localDateTime).atZone(zone);
        return Date.from(at.toInstant());
    }

    private static MimeMessage onlyMail(String address, String ticket, String subjectPart) {
        List<MimeMessage> found = TestMailServer.inbox(address, ticket).stream()
                .filter(mail -> subject(mail).contains(subjectPart)).toList();
        assertThat(found).as("mails to %s about %s saying '%s'", address, ticket, subjectPart).hasSize(1);
        return found.get(0);
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage mail) {
        return com.icegreen.greenmail.util.GreenMailUtil.getBody(mail).replaceAll("=\\r?\\n", "")
                .replaceAll("\\s+", " ");
    }
}
