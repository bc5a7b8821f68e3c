package io.servicedesk.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.servicedesk.incident.Incident;
import io.servicedesk.incident.IncidentEvent;
import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.incident.IncidentState;
import io.servicedesk.support.Api;
import io.servicedesk.support.Clock;
import io.servicedesk.support.Jobs;
import io.servicedesk.support.Reports;
import io.servicedesk.support.ServiceDeskTest;
import io.servicedesk.support.TestMailServer;
import io.servicedesk.support.Ticket;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Working an incident to closure, driven the way people drive it: reports through the API, Tasklist
 * completions as the demo users, vendor updates and client answers through the API, mail on a real
 * SMTP server. The accountable owner holds the incident throughout; hand-offs only change who works it.
 */
@ServiceDeskTest
class OwnershipProcessTest {

    private static final ZoneId LA = Clock.LOS_ANGELES;
    private static final ZoneId BERLIN = Clock.BERLIN;
    private static final String CLIENT = "abel.stone@northwind-dental.test";
    private static final String FRONT_DESK = "frontdesk@northwind-dental.test";
    private static final String PACIFIC_FIBER = "noc@pacific-fiber.test";

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService management;
    @Autowired
    IdentityService identity;
    @Autowired
    IncidentRegister register;
    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        api = new Api(port);
        Clock.businessHours();
    }

    @AfterEach
    void tearDown() {
        identity.clearAuthentication();
        Clock.reset();
    }

    // ---------------------------------------------------------------- resolution and closure

    @Test
    void helpdeskResolvesAndTheClientConfirms() {
        ProcessInstance instance = report(p3());
        String ticket = instance.getBusinessKey();
        ticket(instance).isWaitingAt("Task_WorkIncident");

        resolveByHelpdesk(ticket, "Front desk PC would not boot", "Replaced the failed power supply");

        ticket(instance).hasPassed("Task_RecordHelpdeskOutcome", "Task_RecordResolution",
                "Task_NotifyClientResolved").isWaitingAt("Task_AwaitClientConfirmation");
        Incident resolved = incident(ticket);
        assertThat(resolved.getState()).isEqualTo(IncidentState.RESOLVED);
        assertThat(resolved.getResolvedAt()).isEqualTo(local("2026-11-24T10:00", LA).toInstant());
        MimeMessage notice = onlyMail(CLIENT, ticket, "Resolved");
        assertThat(recipients(notice)).contains(FRONT_DESK);
        assertThat(body(notice)).contains("Replaced the failed power supply", "Please confirm");

        Api.Response confirmed = api.post("dispatcher", "/api/incidents/" + ticket + "/confirmation",
                Api.json(Map.of("confirmedBy", "Abel Stone", "note", "Boots again, thanks")));

        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().get("state").asText()).isEqualTo("CLOSED");
        assertThat(confirmed.json().get("closure").asText()).isEqualTo("CONFIRMED");
        Incident closed = incident(ticket);
        assertThat(closed.getState()).isEqualTo(IncidentState.CLOSED);
        assertThat(closed.getClosure()).isEqualTo("CONFIRMED");
        assertThat(closed.getClosedAt()).isNotNull();
        ticket(instance).hasPassed("Task_CloseIncident", "EndEvent_IncidentClosed")
                .hasNotPassed("Task_ReviewIncident").isEnded();
        assertThat(timeline(ticket)).anySatisfy(event -> {
            assertThat(event.getType()).isEqualTo("CLIENT_CONFIRMED");
            assertThat(event.getActor()).isEqualTo("dispatcher");
            assertThat(event.getDetail()).contains("Abel Stone", "Boots again");
        });
        assertThat(timeline(ticket)).anySatisfy(event -> {
            assertThat(event.getType()).isEqualTo("CLOSED");
            assertThat(event.getDetail()).contains("Abel Stone", "confirmed");
        });

        Api.Response again = api.post("dispatcher", "/api/incidents/" + ticket + "/confirmation",
                Api.json(Map.of("confirmedBy", "Abel Stone")));
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void unconfirmedResolutionClosesItselfAfterTheConfirmationPeriod() {
        ProcessInstance instance = report(p3());
        String ticket = instance.getBusinessKey();

        resolveByHelpdesk(ticket, "Printer queue stuck", "Cleared the print queue");

        // Tue 10:00 + 3 business days: Wed, (Thanksgiving is no business day), Fri, Mon, at close of business
        Date autoCloseAt = ticket(instance).timer("Timer_ConfirmationPeriodOver").getDuedate();
        assertThat(autoCloseAt).isEqualTo(local("2026-11-30T17:00", LA));
        assertThat(body(onlyMail(CLIENT, ticket, "Resolved"))).contains("Monday, 30 November 2026 at 17:00");

        Clock.at("2026-11-30T16:59", LA);
        Jobs.runDue(engine, ticket);
        ticket(instance).isWaitingAt("Task_AwaitClientConfirmation");
        assertThat(incident(ticket).getState()).isEqualTo(IncidentState.RESOLVED);

        Clock.at("2026-11-30T17:00", LA);
        Jobs.runDue(engine, ticket);

        ticket(instance).hasPassed("Timer_ConfirmationPeriodOver", "Task_CloseIncident",
                "EndEvent_IncidentClosed").isEnded();
        Incident closed = incident(ticket);
        assertThat(closed.getState()).isEqualTo(IncidentState.CLOSED);
        assertThat(closed.getClosure()).isEqualTo("AUTO_CLOSED");
        assertThat(closed.getClosedAt()).isEqualTo(local("2026-11-30T17:00", LA).toInstant());
        assertThat(timeline(ticket)).anySatisfy(event -> {
            assertThat(event.getType()).isEqualTo("CLOSED");
            assertThat(event.getActor()).isEqualTo("system");
            assertThat(event.getDetail()).contains("confirmation period");
        });
    }

    @Test
    void aResolutionWithoutWordsForTheClientIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance instance = report(p3());
        String ticket = instance.getBusinessKey();

        assertThatThrownBy(() -> completeAs("helpdesk", "helpdesk", task(ticket, "Task_WorkIncident"),
                Map.of("diagnosisNotes", "Fixed it", "outcome", "RESOLVED")))
                .hasMessageContaining("Describe the resolution");

        ticket(instance).isWaitingAt("Task_WorkIncident");
        assertThat(incident(ticket).getState()).isEqualTo(IncidentState.IN_PROGRESS);
        assertThat(TestMailServer.inbox(CLIENT, ticket)).noneMatch(mail -> subject(mail).contains("Resolved"));
    }

    // ---------------------------------------------------------------- hand-offs

    @Test
    void helpdeskHandsOffToEngineering() {
        ProcessInstance instance = report(p3());
        String ticket = instance.getBusinessKey();
        assertThat(incident(ticket).getAccountableOwner()).isEqualTo("dispatcher");

        completeAs("helpdesk", "helpdesk", task(ticket, "Task_WorkIncident"), Map.of(
                "diagnosisNotes", "Blue screen after the driver update; needs a deeper look", "outcome", "ENGINEERING"));

        ticket(instance).hasPassed("Task_RecordHelpdeskOutcome").isWaitingAt("Task_EngineerIncident");
        assertThat(task(ticket, "Task_EngineerIncident")).hasCandidateGroup("engineering");
        assertThat(timerJobs(instance, "Timer_HandoffDue")).as("the hand-off timer left with the helpdesk task")
                .isEmpty();
        Incident handedOff = incident(ticket);
        assertThat(handedOff.getWorkingTeam()).isEqualTo("engineering");
        assertThat(handedOff.getState()).isEqualTo(IncidentState.IN_PROGRESS);
        assertThat(handedOff.getAccountableOwner()).isEqualTo("dispatcher");
        assertThat(timeline(ticket)).anySatisfy(event -> {
            assertThat(event.getType()).isEqualTo("HANDED_OFF");
            assertThat(event.getActor()).isEqualTo("helpdesk");
            assertThat(event.getDetail()).contains("helpdesk -> engineering", "Blue screen after the driver update");
        });
        assertThat(timeline(ticket)).extracting(IncidentEvent::getType).doesNotContain("OWNER_CHANGED");
        JsonNode view = view(ticket);
        assertThat(view.get("accountableOwner").asText()).isEqualTo("dispatcher");
        assertThat(view.get("workingTeam").asText()).isEqualTo("engineering");
    }

    @Test
    void engineeringCannotHandOffToItself() {
        ProcessInstance instance = report(p3());
        String ticket = instance.getBusinessKey();
        completeAs("helpdesk", "helpdesk", task(ticket, "Task_WorkIncident"),
                Map.of("diagnosisNotes", "Needs engineering", "outcome", "ENGINEERING"));

        assertThatThrownBy(() -> completeAs("engineer", "engineering", task(ticket, "Task_EngineerIncident"),
                Map.of("engineeringNotes", "Back to me?", "outcome", "ENGINEERING")))
                .hasMessageContaining("Choose an outcome");

        ticket(instance).isWaitingAt("Task_EngineerIncident");
    }

    @Test
    void theHandoffTargetPassingHandsOffAutomatically() {
        ProcessInstance instance = report(p1());
        String ticket = instance.getBusinessKey();
        assertThat(incident(ticket).getPriority().name()).isEqualTo("P1");
        ticket(instance).isWaitingAt("Task_WorkIncident");
        // northwind covers P1 after hours: the 30 minutes are wall-clock minutes
        assertThat(timerJobs(instance, "Timer_HandoffDue")).singleElement()
                .satisfies(job -> assertThat(job.getDuedate()).isEqualTo(local("2026-11-24T10:30", LA)));

        Clock.advanceMinutes(29);
        Jobs.runDue(engine, ticket);
        ticket(instance).isWaitingAt("Task_WorkIncident");

        Clock.advanceMinutes(1);
        Jobs.runDue(engine, ticket);

        ticket(instance).hasPassed("Timer_HandoffDue", "Task_RecordAutoHandoff")
                .isWaitingAt("Task_EngineerIncident").isNotWaitingAt("Task_WorkIncident");
        assertThat(task(ticket, "Task_EngineerIncident")).hasCandidateGroup("engineering");
        Incident handedOff = incident(ticket);
        assertThat(handedOff.getWorkingTeam()).isEqualTo("engineering");
        assertThat(handedOff.getAccountableOwner()).isEqualTo("dispatcher");
        assertThat(timeline(ticket)).anySatisfy(event -> {
            assertThat(event.getType()).isEqualTo("HANDED_OFF");
            assertThat(event.getActor()).isEqualTo("system");
            assertThat(event.getDetail()).contains("helpdesk -> engineering", "hand-off target", "P1", "30 minutes");
        });
    }

    // ---------------------------------------------------------------- vendors

    @Test
    void engineeringEscalatesToAVendorWhoIsChasedAndFixesIt() {
        ProcessInstance instance = report(p3());
        String ticket = instance.getBusinessKey();
        completeAs("helpdesk", "helpdesk", task(ticket, "Task_WorkIncident"),
                Map.of("diagnosisNotes", "No internet at the front desk", "outcome", "ENGINEERING"));
        completeAs("engineer", "engineering", task(ticket, "Task_EngineerIncident"), Map.of(
                "engineeringNotes", "Line down at the modem; the ISP's side", "outcome", "VENDOR", "vendorKind", "ISP"));

        ticket(instance).hasPassed("Task_RecordEngineeringOutcome", "Task_SelectVendor")
                .isWaitingAt("Task_OpenVendorCase");
        Task open = task(ticket, "Task_OpenVendorCase");
        assertThat(open).hasCandidateGroup("vendor-management");
        assertThat(taskService.getVariable(open.getId(), "vendorName")).isEqualTo("Pacific Fiber");
        assertThat(taskService.getVariable(open.getId(), "vendorEmail")).isEqualTo(PACIFIC_FIBER);
        assertThat(incident(ticket).getState()).isEqualTo(IncidentState.WITH_VENDOR);
        assertThat(timeline(ticket)).anySatisfy(event -> {
            assertThat(event.getType()).isEqualTo("HANDED_OFF");
            assertThat(event.getActor()).isEqualTo("engineer");
            assertThat(event.getDetail()).contains("engineering -> vendor management (ISP vendor)");
        });

        completeAs("vendor-manager", "vendor-management", open,
                Map.of("vendorCaseReference", "PF-4711", "vendorNote", "Please check the line to Northwind"));

        ticket(instance).hasPassed("Task_RecordVendorCase", "Task_SendVendorCase")
                .isWaitingAt("Task_AwaitVendorUpdate");
        MimeMessage caseMail = onlyMail(PACIFIC_FIBER, ticket, "Your case PF-4711");
        assertThat(body(caseMail)).contains("Please check the line to Northwind");
        JsonNode opened = vendorCase(ticket, "PF-4711");
        assertThat(opened.get("vendor").asText()).isEqualTo("Pacific Fiber");
        assertThat(opened.get("status").asText()).isEqualTo("OPEN");
        assertThat(opened.get("openedBy").asText()).isEqualTo("vendor-manager");
        assertThat(instant(opened, "nextChaseAt")).isEqualTo(local("2026-11-24T11:00", LA).toInstant());
        // the client-update loop runs on while the vendor works: the next update is scheduled
        assertThat(timerJobs(instance, "Timer_UpdateFallsDue")).hasSize(1);
        assertThat(incident(ticket).getNextUpdateDueAt()).isNotNull();

        Clock.advanceMinutes(59);
        Jobs.runDue(engine, ticket);
        assertThat(mails(PACIFIC_FIBER, ticket, "Update needed")).isEmpty();

        Clock.advanceMinutes(1);
        Jobs.runDue(engine, ticket);

        ticket(instance).hasPassed("Timer_VendorSilent", "Task_ChaseVendor")
                .isWaitingAt("Task_FollowUpVendor").isNotWaitingAt("Task_AwaitVendorUpdate");
        MimeMessage chase = onlyMail(PACIFIC_FIBER, ticket, "Update needed on your case PF-4711");
        assertThat(body(chase)).contains("reminder number 1");
        assertThat(task(ticket, "Task_FollowUpVendor")).hasCandidateGroup("vendor-management");
        JsonNode chased = vendorCase(ticket, "PF-4711");
        assertThat(chased.get("chases").asInt()).isEqualTo(1);
        assertThat(instant(chased, "nextChaseAt")).isEqualTo(local("2026-11-24T12:00", LA).toInstant());
        assertThat(timeline(ticket)).anySatisfy(event -> {
            assertThat(event.getType()).isEqualTo("VENDOR_CHASED");
            assertThat(event.getActor()).isEqualTo("system");
            assertThat(event.getDetail()).contains("Pacific Fiber", "60 minutes");
        });

        Clock.advanceMinutes(10);
        Api.Response progress = vendorUpdate(ticket, "PF-4711", "UPDATE", "Technician dispatched to the exchange");

        assertThat(progress.status()).as(progress.body()).isEqualTo(200);
        assertThat(progress.json().get("status").asText()).isEqualTo("OPEN");
        assertThat(instant(progress.json(), "nextChaseAt")).isEqualTo(local("2026-11-24T12:10", LA).toInstant());
        ticket(instance).isWaitingAt("Task_AwaitVendorUpdate").isNotWaitingAt("Task_FollowUpVendor");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(ticket)
                .taskDefinitionKey("Task_FollowUpVendor").count()).as("the vendor answered the chase").isZero();
        assertThat(timerJobs(instance, "Timer_VendorSilent")).singleElement()
                .satisfies(job -> assertThat(job.getDuedate()).isEqualTo(local("2026-11-24T12:10", LA)));
        assertThat(timeline(ticket)).anySatisfy(event -> {
            assertThat(event.getType()).isEqualTo("VENDOR_UPDATE");
            assertThat(event.getActor()).isEqualTo("vendor-manager");
            assertThat(event.getDetail()).contains("PF-4711", "Technician dispatched");
        });

        Clock.at("2026-11-24T12:00", LA);
        Jobs.runDue(engine, ticket);
        assertThat(mails(PACIFIC_FIBER, ticket, "Update needed")).as("the update reset the chase").hasSize(1);

        Api.Response fixed = vendorUpdate(ticket, "PF-4711", "FIX_AVAILABLE", "Replaced the line card; line is up");

        assertThat(fixed.status()).as(fixed.body()).isEqualTo(200);
        assertThat(fixed.json().get("status").asText()).isEqualTo("FIX_REPORTED");
        ticket(instance).isWaitingAt("Task_VerifyVendorFix").isNotWaitingAt("Task_AwaitVendorUpdate");
        assertThat(task(ticket, "Task_VerifyVendorFix")).hasCandidateGroup("engineering");
        assertThat(incident(ticket).getState()).isEqualTo(IncidentState.WITH_VENDOR);

        completeAs("engineer", "engineering", task(ticket, "Task_VerifyVendorFix"), Map.of("fixVerified", true,
                "verificationNotes", "Pinged the gateway for ten minutes, no loss",
                "resolution", "Pacific Fiber repaired their line equipment; internet is back"));

        ticket(instance).hasPassed("Task_RecordFixVerification", "EndEvent_VendorFixVerified",
                "Task_RecordResolution").isWaitingAt("Task_AwaitClientConfirmation");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(ticket)
                .taskDefinitionKey("Task_FollowUpVendor").count()).as("the open follow-up ends with the case")
                .isZero();
        Incident resolved = incident(ticket);
        assertThat(resolved.getState()).isEqualTo(IncidentState.RESOLVED);
        assertThat(resolved.getAccountableOwner()).isEqualTo("dispatcher");
        assertThat(body(onlyMail(CLIENT, ticket, "Resolved"))).contains("internet is back");
        assertThat(vendorCase(ticket, "PF-4711").get("status").asText()).isEqualTo("FIX_VERIFIED");
        assertThat(timeline(ticket)).anySatisfy(event -> {
            assertThat(event.getType()).isEqualTo("VENDOR_FIX_VERIFIED");
            assertThat(event.getActor()).isEqualTo("engineer");
        });
        assertThat(timerJobs(instance, "Timer_UpdateFallsDue")).as("client updates stop once resolved").isEmpty();
        assertThat(timerJobs(instance, "Timer_VendorSilent")).isEmpty();
    }

    @Test
    void aVendorSilentThroughTheContractsChasesGoesToTheOwnerAndTheDutyManagerWithOneOpenFollowUpAtATime() {
        ProcessInstance instance = report(p3());
        String ticket = instance.getBusinessKey();
        completeAs("helpdesk", "helpdesk", task(ticket, "Task_WorkIncident"), Map.of(
                "diagnosisNotes", "Modem shows no carrier", "outcome", "VENDOR", "vendorKind", "ISP"));
        completeAs("vendor-manager", "vendor-management", task(ticket, "Task_OpenVendorCase"),
                Map.of("vendorCaseReference", "PF-5150", "vendorNote", "No carrier since this morning"));
        ticket(instance).isWaitingAt("Task_AwaitVendorUpdate");

        Clock.advanceMinutes(60);
        Jobs.runDue(engine, ticket);
        assertThat(mails(PACIFIC_FIBER, ticket, "Update needed")).hasSize(1);
        Task firstFollowUp = task(ticket, "Task_FollowUpVendor");
        assertThat(firstFollowUp).hasCandidateGroup("vendor-management");
        assertThat(TestMailServer.inbox("duty-manager@servicedesk.test", ticket)).isEmpty();

        // northwind's contract: escalate after 2 unanswered chases
        Clock.advanceMinutes(60);
        Jobs.runDue(engine, ticket);

        List<MimeMessage> chases = mails(PACIFIC_FIBER, ticket, "Update needed");
        assertThat(chases).as("a second silence is a second chase").hasSize(2);
        assertThat(chases).anySatisfy(mail -> assertThat(body(mail)).contains("reminder number 2"));
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(ticket)
                .taskDefinitionKey("Task_FollowUpVendor").count()).as("follow-ups do not pile up").isZero();
        Task handle = task(ticket, "Task_HandleSilentVendor");
        assertThat(handle).isAssignedTo("dispatcher");
        assertThat(taskService.getIdentityLinksForTask(handle.getId())).as("the duty manager may take it too")
                .anyMatch(link -> "duty-manager".equals(link.getGroupId()));
        List<MimeMessage> silent = TestMailServer.inbox("dispatcher@servicedesk.test", ticket).stream()
                .filter(mail -> subject(mail).contains("Pacific Fiber silent on case PF-5150")).toList();
        assertThat(silent).hasSize(1);
        MimeMessage toOwner = silent.get(0);
        assertThat(recipients(toOwner)).contains("duty-manager@servicedesk.test");
        assertThat(body(toOwner)).contains("Pacific Fiber", "2 chases");
        JsonNode vendorCase = vendorCase(ticket, "PF-5150");
        assertThat(vendorCase.get("chases").asInt()).isEqualTo(2);
        assertThat(vendorCase.get("escalations").asInt()).isEqualTo(1);
        assertThat(timeline(ticket)).filteredOn(event -> event.getType().equals("VENDOR_CHASED")).hasSize(2);
        assertThat(timeline(ticket)).anySatisfy(event -> {
            assertThat(event.getType()).isEqualTo("VENDOR_SILENCE_ESCALATED");
            assertThat(event.getDetail()).contains("2 chases", "dispatcher", "duty manager");
        });

        // the vendor's answer still reaches the incident while the owner decides
        Api.Response answer = vendorUpdate(ticket, "PF-5150", "UPDATE", "Outage in the exchange, ETA 15:00");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        ticket(instance).hasPassed("Message_VendorAnsweredEscalation", "Task_RecordVendorUpdate")
                .isWaitingAt("Task_AwaitVendorUpdate").isNotWaitingAt("Task_HandleSilentVendor");
        assertThat(vendorCase(ticket, "PF-5150").get("unansweredChases").asInt()).isZero();
    }

    @Test
    void theOwnersDecisionOnASilentVendorIsRecordedAndTheChasingGoesOn() {
        ProcessInstance instance = report(p3());
        String ticket = instance.getBusinessKey();
        completeAs("helpdesk", "helpdesk", task(ticket, "Task_WorkIncident"), Map.of(
                "diagnosisNotes", "Modem shows no carrier", "outcome", "VENDOR", "vendorKind", "ISP"));
        completeAs("vendor-manager", "vendor-management", task(ticket, "Task_OpenVendorCase"),
                Map.of("vendorCaseReference", "PF-6160", "vendorNote", "No carrier"));
        Clock.advanceMinutes(120);
        Jobs.runDue(engine, ticket);
        Clock.advanceMinutes(60);
        Jobs.runDue(engine, ticket);
        Task handle = task(ticket, "Task_HandleSilentVendor");

        completeAs("duty-manager", "duty-manager", handle,
                Map.of("silentVendorDecision", "Called Pacific Fiber's escalation desk; LTE backup line ordered"));

        ticket(instance).hasPassed("Task_RecordSilentVendorDecision").isWaitingAt("Task_AwaitVendorUpdate");
        assertThat(timeline(ticket)).anySatisfy(event -> {
            assertThat(event.getActor()).isEqualTo("duty-manager");
            assertThat(event.getDetail()).contains("PF-6160", "LTE backup line");
        });
        Clock.advanceMinutes(60);
        Jobs.runDue(engine, ticket);
        assertThat(mails(PACIFIC_FIBER, ticket, "Update needed")).as("chased again after the decision").hasSize(3);
        assertThat(task(ticket, "Task_FollowUpVendor")).isNotNull();
    }

    @Test
    void vendorUpdatesForAnUnknownTicketOrCaseAreRefused() {
        ProcessInstance instance = report(p3());
        String ticket = instance.getBusinessKey();
        completeAs("helpdesk", "helpdesk", task(ticket, "Task_WorkIncident"), Map.of(
                "diagnosisNotes", "Line down", "outcome", "VENDOR", "vendorKind", "ISP"));
        completeAs("vendor-manager", "vendor-management", task(ticket, "Task_OpenVendorCase"),
                Map.of("vendorCaseReference", "PF-8080", "vendorNote", "Line down"));
        ticket(instance).isWaitingAt("Task_AwaitVendorUpdate");

        Api.Response unknownTicket = vendorUpdate("INC-987654321", "PF-8080", "UPDATE", "Looking into it");
        assertThat(unknownTicket.status()).as(unknownTicket.body()).isEqualTo(404);
        assertThat(unknownTicket.header("Content-Type")).startsWith("application/problem+json");
        assertThat(unknownTicket.json().get("detail").asText()).contains("INC-987654321");

        Api.Response unknownCase = vendorUpdate(ticket, "PF-0000", "UPDATE", "Looking into it");
        assertThat(unknownCase.status()).as(unknownCase.body()).isEqualTo(404);
        assertThat(unknownCase.header("Content-Type")).startsWith("application/problem+json");
        assertThat(unknownCase.json().get("errors").get(0).get("field").asText()).isEqualTo("caseReference");
        assertThat(unknownCase.json().get("detail").asText()).contains("PF-0000");
        ticket(instance).isWaitingAt("Task_AwaitVendorUpdate");

        Api.Response fix = vendorUpdate(ticket, "PF-8080", "FIX_AVAILABLE", "Line card replaced");
        assertThat(fix.status()).as(fix.body()).isEqualTo(200);
        ticket(instance).isWaitingAt("Task_VerifyVendorFix");

        Api.Response whileVerifying = vendorUpdate(ticket, "PF-8080", "UPDATE", "Anything else?");
        assertThat(whileVerifying.status()).as(whileVerifying.body()).isEqualTo(409);
        assertThat(whileVerifying.header("Content-Type")).startsWith("application/problem+json");
        assertThat(whileVerifying.json().get("errors").get(0).get("field").asText()).isEqualTo("caseReference");
        ticket(instance).isWaitingAt("Task_VerifyVendorFix");
        assertThat(vendorCase(ticket, "PF-8080").get("lastUpdate").asText()).isEqualTo("Line card replaced");
    }

    @Test
    void aVendorFixThatDoesNotWorkSendsTheCaseBackToTheVendor() {
        ProcessInstance instance = report(p3());
        String ticket = instance.getBusinessKey();
        completeAs("helpdesk", "helpdesk", task(ticket, "Task_WorkIncident"), Map.of(
                "diagnosisNotes", "Line down", "outcome", "VENDOR", "vendorKind", "ISP"));
        completeAs("vendor-manager", "vendor-management", task(ticket, "Task_OpenVendorCase"),
                Map.of("vendorCaseReference", "PF-2020", "vendorNote", "Line down"));
        assertThat(vendorUpdate(ticket, "PF-2020", "FIX_AVAILABLE", "Reset the port").status()).isEqualTo(200);

        completeAs("engineer", "engineering", task(ticket, "Task_VerifyVendorFix"),
                Map.of("fixVerified", false, "verificationNotes", "Still no carrier"));

        ticket(instance).isWaitingAt("Task_AwaitVendorUpdate").hasNotPassed("Task_RecordResolution");
        assertThat(incident(ticket).getState()).isEqualTo(IncidentState.WITH_VENDOR);
        assertThat(vendorCase(ticket, "PF-2020").get("status").asText()).isEqualTo("OPEN");
        assertThat(timeline(ticket)).anySatisfy(event -> {
            assertThat(event.getType()).isEqualTo("VENDOR_FIX_REJECTED");
            assertThat(event.getDetail()).contains("Still no carrier");
        });
        assertThat(TestMailServer.inbox(CLIENT, ticket)).noneMatch(mail -> subject(mail).contains("Resolved"));
    }

    // ---------------------------------------------------------------- scoped services

    @Test
    void separatelyScopedFieldDispatchWaitsForApproval_refused() {
        ProcessInstance instance = brandtAsksForFieldDispatch();
        String ticket = instance.getBusinessKey();

        Task approval = task(ticket, "Task_RecordClientApproval");
        completeAs("dispatcher", "dispatch", approval,
                Map.of("approvalDecision", "REFUSED", "approvedBy", "Jana Brandt", "approvalNote", "Too expensive"));

        ticket(instance).hasPassed("Task_ApplyClientApproval").isWaitingAt("Task_WorkIncident")
                .isNotWaitingAt("Task_RecordClientApproval");
        assertThat(task(ticket, "Task_WorkIncident")).hasCandidateGroup("helpdesk");
        Incident back = incident(ticket);
        assertThat(back.getState()).isEqualTo(IncidentState.IN_PROGRESS);
        assertThat(back.getWorkingTeam()).isEqualTo("helpdesk");
        assertThat(back.getAccountableOwner()).isEqualTo("helpdesk");
        JsonNode request = onlyScopedService(ticket);
        assertThat(request.get("service").asText()).isEqualTo("FIELD_DISPATCH");
        assertThat(request.get("scope").asText()).isEqualTo("SEPARATELY_SCOPED");
        assertThat(request.get("decision").asText()).isEqualTo("REFUSED");
        assertThat(request.get("decidedBy").asText()).isEqualTo("Jana Brandt");
        assertThat(request.get("note").asText()).isEqualTo("Too expensive");
        assertThat(timeline(ticket)).anySatisfy(event -> {
            assertThat(event.getType()).isEqualTo("SCOPED_SERVICE_DECIDED");
            assertThat(event.getActor()).isEqualTo("dispatcher");
            assertThat(event.getDetail()).contains("FIELD_DISPATCH refused by Jana Brandt");
        });
    }

    @Test
    void separatelyScopedFieldDispatchWaitsForApproval_approvedThroughTheApi() {
        ProcessInstance instance = brandtAsksForFieldDispatch();
        String ticket = instance.getBusinessKey();

        Api.Response approved = api.post("dispatcher", "/api/incidents/" + ticket + "/approvals",
                Api.json(Map.of("decision", "APPROVED", "decidedBy", "Jana Brandt", "note", "Go ahead")));

        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        ticket(instance).hasPassed("Message_ClientApprovalReceived", "Task_ApplyClientApproval")
                .isWaitingAt("Task_WorkIncident");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(ticket)
                .taskDefinitionKey("Task_RecordClientApproval").count()).isZero();
        assertThat(incident(ticket).getState()).isEqualTo(IncidentState.IN_PROGRESS);
        JsonNode request = onlyScopedService(ticket);
        assertThat(request.get("decision").asText()).isEqualTo("APPROVED");
        assertThat(request.get("decidedBy").asText()).isEqualTo("Jana Brandt");
        assertThat(approved.json().get("scopedServices").get(0).get("decision").asText()).isEqualTo("APPROVED");
        assertThat(timeline(ticket)).anySatisfy(event -> {
            assertThat(event.getType()).isEqualTo("SCOPED_SERVICE_DECIDED");
            assertThat(event.getActor()).isEqualTo("dispatcher");
            assertThat(event.getDetail()).contains("approved by Jana Brandt", "Go ahead");
        });

        Api.Response late = api.post("dispatcher", "/api/incidents/" + ticket + "/approvals",
                Api.json(Map.of("decision", "REFUSED", "decidedBy", "Jana Brandt")));
        assertThat(late.status()).as(late.body()).isEqualTo(409);
        assertThat(onlyScopedService(ticket).get("decision").asText()).isEqualTo("APPROVED");
    }

    @Test
    void includedFieldDispatchProceedsAtOnce() {
        ProcessInstance instance = report(p3());
        String ticket = instance.getBusinessKey();

        completeAs("helpdesk", "helpdesk", task(ticket, "Task_WorkIncident"), Map.of("diagnosisNotes",
                "Cable cut under the desk", "outcome", "SCOPED_SERVICE", "scopedService", "FIELD_DISPATCH",
                "scopeReason", "A technician must replace the cable on site"));

        ticket(instance).hasPassed("Gateway_ServiceScope").hasNotPassed("Task_RequestClientApproval")
                .isWaitingAt("Task_WorkIncident");
        JsonNode request = onlyScopedService(ticket);
        assertThat(request.get("scope").asText()).isEqualTo("INCLUDED");
        assertThat(request.get("decision").asText()).isEqualTo("PROCEEDS");
        assertThat(request.get("decidedBy").asText()).isEqualTo("contract");
        assertThat(request.get("requestedBy").asText()).isEqualTo("helpdesk");
        assertThat(TestMailServer.inbox(CLIENT, ticket)).noneMatch(mail -> subject(mail).contains("approval"));
        assertThat(incident(ticket).getState()).isEqualTo(IncidentState.IN_PROGRESS);
    }

    @Test
    void aScopedServiceAskedForByEngineeringReturnsToEngineering() {
        ProcessInstance instance = report(p3());
        String ticket = instance.getBusinessKey();
        completeAs("helpdesk", "helpdesk", task(ticket, "Task_WorkIncident"),
                Map.of("diagnosisNotes", "Needs engineering", "outcome", "ENGINEERING"));

        completeAs("engineer", "engineering", task(ticket, "Task_EngineerIncident"), Map.of("engineeringNotes",
                "Switch port dead", "outcome", "SCOPED_SERVICE", "scopedService", "FIELD_DISPATCH",
                "scopeReason", "Replace the switch in the back office"));

        ticket(instance).hasPassed("Gateway_ServiceScope").isWaitingAt("Task_EngineerIncident")
                .isNotWaitingAt("Task_WorkIncident");
        assertThat(incident(ticket).getWorkingTeam()).isEqualTo("engineering");
        assertThat(onlyScopedService(ticket).get("requestedBy").asText()).isEqualTo("engineer");
    }

    @Test
    void notOfferedTellsTheOwner() {
        ProcessInstance instance = report(p3());
        String ticket = instance.getBusinessKey();

        completeAs("helpdesk", "helpdesk", task(ticket, "Task_WorkIncident"), Map.of("diagnosisNotes",
                "Practice software vendor must look at it", "outcome", "SCOPED_SERVICE",
                "scopedService", "PARTNER_SUPPORT", "scopeReason", "Needs the practice software partner"));

        ticket(instance).hasPassed("Gateway_ServiceScope", "Task_TellOwnerNotOffered")
                .hasNotPassed("Task_RequestClientApproval").isWaitingAt("Task_WorkIncident");
        MimeMessage toOwner = onlyMail("dispatcher@servicedesk.test", ticket, "not offered");
        assertThat(subject(toOwner)).contains("PARTNER_SUPPORT");
        assertThat(body(toOwner)).contains("Needs the practice software partner", "find another path");
        assertThat(TestMailServer.inbox(CLIENT, ticket)).noneMatch(mail -> subject(mail).contains("PARTNER_SUPPORT"));
        JsonNode request = onlyScopedService(ticket);
        assertThat(request.get("scope").asText()).isEqualTo("NOT_OFFERED");
        assertThat(request.get("decision").asText()).isEqualTo("NOT_OFFERED");
        assertThat(timeline(ticket)).anySatisfy(event -> {
            assertThat(event.getType()).isEqualTo("SCOPED_SERVICE_REQUESTED");
            assertThat(event.getDetail()).contains("NOT_OFFERED", "dispatcher");
        });
        assertThat(incident(ticket).getAccountableOwner()).isEqualTo("dispatcher");
    }

    // ---------------------------------------------------------------- P1 review and the owner

    @Test
    void everyP1GetsItsReviewBeforeClosureAndItsFollowUpsAreTrackedUntilDone() {
        ProcessInstance instance = report(p1());
        String ticket = instance.getBusinessKey();
        resolveByHelpdesk(ticket, "Database volume full", "Freed space and restarted the database service");
        Api.Response confirmed = api.post("dispatcher", "/api/incidents/" + ticket + "/confirmation",
                Api.json(Map.of("confirmedBy", "Abel Stone")));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);

        ticket(instance).isWaitingAt("Task_ReviewIncident").hasNotPassed("Task_CloseIncident");
        assertThat(incident(ticket).getState()).as("not closed before its review").isEqualTo(IncidentState.RESOLVED);
        Task review = task(ticket, "Task_ReviewIncident");
        assertThat(review).isAssignedTo("dispatcher");
        assertThat(taskService.getVariable(review.getId(), "ownerOptions").toString()).contains("\"engineer\"");

        Map<String, Object> findings = new HashMap<>();
        findings.put("rootCause", "Log rotation was off after the upgrade");
        findings.put("systemInScope", true);
        findings.put("systemMonitored", false);
        findings.put("followUp1Action", "Monitor disk space on the database volume");
        findings.put("followUp1Owner", "engineer");
        findings.put("followUp1Due", "2026-12-04");
        findings.put("followUp2Action", "Re-enable log rotation");
        findings.put("followUp2Owner", "helpdesk");
        findings.put("followUp2Due", "2026-11-25");
        completeAs("dispatcher", "dispatch", review, findings);

        ticket(instance).hasPassed("Task_RecordReview", "Task_CloseIncident");
        assertThat(incident(ticket).getState()).isEqualTo(IncidentState.CLOSED);
        JsonNode stored = view(ticket).get("review");
        assertThat((Object) stored).as("review in the incident view").isNotNull();
        assertThat(stored.get("rootCause").asText()).isEqualTo("Log rotation was off after the upgrade");
        assertThat(stored.get("systemMonitored").asBoolean()).isFalse();
        assertThat(stored.get("reviewedBy").asText()).isEqualTo("dispatcher");
        assertThat(timeline(ticket)).anySatisfy(event -> {
            assertThat(event.getType()).isEqualTo("POST_INCIDENT_REVIEW");
            assertThat(event.getDetail()).contains("Log rotation", "NOT monitored",
                    "Monitor disk space on the database volume - engineer - 2026-12-04");
        });

        // a task each, for its owner, due on its date; on the incident until done
        Task diskSpace = task(ticket, "Task_CompleteFollowUpAction", "engineer");
        Task logRotation = task(ticket, "Task_CompleteFollowUpAction", "helpdesk");
        assertThat(diskSpace.getDueDate()).isEqualTo(local("2026-12-05T00:00", LA));
        assertThat(logRotation.getDueDate()).isEqualTo(local("2026-11-26T00:00", LA));
        JsonNode followUps = view(ticket).get("followUps");
        assertThat(followUps.size()).isEqualTo(2);
        assertThat(followUps.findValuesAsText("status")).containsExactly("OPEN", "OPEN");

        // the helpdesk's is late the day after its due date: chased, the duty manager in copy, every day
        Clock.at("2026-11-26T00:00", LA);
        Jobs.runDue(engine, ticket);
        MimeMessage chase = onlyMail("helpdesk@servicedesk.test", ticket, "Follow-up action late");
        assertThat(recipients(chase)).contains("duty-manager@servicedesk.test");
        assertThat(body(chase)).contains("Re-enable log rotation", "Reminder number 1");
        assertThat(view(ticket).get("followUps").get(1).get("late").asBoolean()).isTrue();
        Clock.at("2026-11-27T00:00", LA);
        Jobs.runDue(engine, ticket);
        assertThat(mails("helpdesk@servicedesk.test", ticket, "Follow-up action late")).hasSize(2);
        assertThat(mails("engineer@servicedesk.test", ticket, "Follow-up action late")).isEmpty();

        completeAs("helpdesk", "helpdesk", task(ticket, "Task_CompleteFollowUpAction", "helpdesk"),
                Map.of("followUpOutcome", "Log rotation back on, weekly, checked"));
        JsonNode after = view(ticket).get("followUps");
        assertThat(after.get(1).get("status").asText()).isEqualTo("DONE");
        assertThat(after.get(1).get("doneBy").asText()).isEqualTo("helpdesk");
        assertThat(after.get(0).get("status").asText()).isEqualTo("OPEN");
        assertThat(timeline(ticket)).anySatisfy(event -> {
            assertThat(event.getType()).isEqualTo("FOLLOW_UP_DONE");
            assertThat(event.getDetail()).contains("Log rotation back on");
        });

        completeAs("engineer", "engineering", diskSpace, Map.of("followUpOutcome", "Disk alert at 80 % in place"));
        ticket(instance).hasPassed("EndEvent_IncidentClosed").isEnded();
    }

    @Test
    void aP1LoweredBeforeItIsResolvedStillGetsItsReview() {
        ProcessInstance instance = report(p1());
        String ticket = instance.getBusinessKey();
        Api.Response lowered = api.post("dispatcher", "/api/incidents/" + ticket + "/priority",
                Api.json(Map.of("priority", "P3", "reason", "Only the backup job is affected after all")));
        assertThat(lowered.status()).as(lowered.body()).isEqualTo(200);
        assertThat(lowered.json().get("highestPriority").asText()).isEqualTo("P1");
        Jobs.runDue(engine, ticket);

        resolveByHelpdesk(ticket, "Backup job failed", "Restarted the backup job");
        Clock.at("2026-11-30T17:00", LA);
        Jobs.runDue(engine, ticket);

        ticket(instance).hasPassed("Timer_ConfirmationPeriodOver").isWaitingAt("Task_ReviewIncident");
        assertThat(incident(ticket).getPriority().name()).isEqualTo("P3");
        assertThat(incident(ticket).getState()).isEqualTo(IncidentState.RESOLVED);
    }

    @Test
    void aHalfFilledFollowUpIsRefusedAndTheReviewStaysOpen() {
        ProcessInstance instance = report(p1());
        String ticket = instance.getBusinessKey();
        resolveByHelpdesk(ticket, "Database volume full", "Freed space");
        api.post("dispatcher", "/api/incidents/" + ticket + "/confirmation", Api.json(Map.of("confirmedBy", "Abel")));

        assertThatThrownBy(() -> completeAs("dispatcher", "dispatch", task(ticket, "Task_ReviewIncident"),
                Map.of("rootCause", "Disk full", "systemInScope", true, "systemMonitored", true,
                        "followUp1Action", "Monitor disk space", "followUp1Owner", "engineer", "followUp1Due", "2026-12-04",
                        "followUp2Action", "Buy a bigger disk")))
                .hasMessageContaining("Follow-up 2: give the action, its owner and its due date");

        ticket(instance).isWaitingAt("Task_ReviewIncident");
        assertThat((Object) view(ticket).get("review")).isNull();
        assertThat(view(ticket).get("followUps").size()).isZero();
    }

    @Test
    void aReviewWithoutFollowUpActionsIsRefused() {
        ProcessInstance instance = report(p1());
        String ticket = instance.getBusinessKey();
        resolveByHelpdesk(ticket, "Database volume full", "Freed space");
        api.post("dispatcher", "/api/incidents/" + ticket + "/confirmation", Api.json(Map.of("confirmedBy", "Abel")));

        assertThatThrownBy(() -> completeAs("dispatcher", "dispatch", task(ticket, "Task_ReviewIncident"),
                Map.of("rootCause", "Disk full", "systemInScope", true, "systemMonitored", true)))
                .hasMessageContaining("follow-up actions");

        ticket(instance).isWaitingAt("Task_ReviewIncident");
        assertThat((Object) view(ticket).get("review")).isNull();
    }

    @Test
    void theAccountableOwnerNeverChangesAlongTheHandoffs() {
        ProcessInstance instance = report(p1());
        String ticket = instance.getBusinessKey();
        assertOwner(ticket, "dispatcher");

        completeAs("helpdesk", "helpdesk", task(ticket, "Task_WorkIncident"),
                Map.of("diagnosisNotes", "Database unreachable from all seats", "outcome", "ENGINEERING"));
        ticket(instance).isWaitingAt("Task_EngineerIncident");
        assertOwner(ticket, "dispatcher");

        completeAs("engineer", "engineering", task(ticket, "Task_EngineerIncident"), Map.of(
                "engineeringNotes", "Site uplink down", "outcome", "VENDOR", "vendorKind", "ISP"));
        ticket(instance).isWaitingAt("Task_OpenVendorCase");
        assertOwner(ticket, "dispatcher");

        completeAs("vendor-manager", "vendor-management", task(ticket, "Task_OpenVendorCase"),
                Map.of("vendorCaseReference", "PF-9001", "vendorNote", "Uplink down"));
        ticket(instance).isWaitingAt("Task_AwaitVendorUpdate");
        assertOwner(ticket, "dispatcher");
        assertThat(timeline(ticket)).anySatisfy(event -> {
            assertThat(event.getType()).isEqualTo("VENDOR_CASE_OPENED");
            assertThat(event.getDetail()).contains("stays with dispatcher");
        });

        assertThat(vendorUpdate(ticket, "PF-9001", "FIX_AVAILABLE", "Uplink restored").status()).isEqualTo(200);
        ticket(instance).isWaitingAt("Task_VerifyVendorFix");
        assertOwner(ticket, "dispatcher");

        completeAs("engineer", "engineering", task(ticket, "Task_VerifyVendorFix"), Map.of("fixVerified", true,
                "verificationNotes", "All seats reach the database", "resolution", "The ISP restored the uplink"));
        ticket(instance).isWaitingAt("Task_AwaitClientConfirmation");
        assertOwner(ticket, "dispatcher");
        assertThat(timeline(ticket)).filteredOn(event -> event.getType().equals("OWNER_ASSIGNED")).singleElement()
                .satisfies(event -> assertThat(event.getDetail()).contains("dispatcher", "contract default"));
        assertThat(timeline(ticket)).extracting(IncidentEvent::getType).doesNotContain("OWNER_CHANGED");

        Api.Response byHelpdesk = api.post("helpdesk", "/api/incidents/" + ticket + "/owner",
                Api.json(Map.of("owner", "helpdesk", "reason", "I did the work")));
        assertThat(byHelpdesk.status()).as(byHelpdesk.body()).isEqualTo(403);
        assertOwner(ticket, "dispatcher");

        Api.Response unknown = api.post("dispatcher", "/api/incidents/" + ticket + "/owner",
                Api.json(Map.of("owner", "nobody", "reason", "typo")));
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(422);
        assertOwner(ticket, "dispatcher");

        Api.Response changed = api.post("dispatcher", "/api/incidents/" + ticket + "/owner",
                Api.json(Map.of("owner", "duty-manager", "reason", "P1 reviews go to the duty manager this week")));

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("accountableOwner").asText()).isEqualTo("duty-manager");
        assertOwner(ticket, "duty-manager");
        assertThat(timeline(ticket)).anySatisfy(event -> {
            assertThat(event.getType()).isEqualTo("OWNER_CHANGED");
            assertThat(event.getActor()).isEqualTo("dispatcher");
            assertThat(event.getDetail()).contains("dispatcher -> duty-manager", "duty manager this week");
        });

        Api.Response confirmed = api.post("dispatcher", "/api/incidents/" + ticket + "/confirmation",
                Api.json(Map.of("confirmedBy", "Abel Stone")));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(task(ticket, "Task_ReviewIncident")).as("the review goes to the owner at that time")
                .isAssignedTo("duty-manager");
    }

    // ---------------------------------------------------------------- helpers

    private static Reports p3() {
        return Reports.northwind().signals(false, 1, false).asset("northwind-frontdesk-pc");
    }

    private static Reports p1() {
        return Reports.northwind().signals(true, 4, false).asset("northwind-accounting-db");
    }

    /** Brandt (Berlin) in its business hours; helpdesk asks for field dispatch, which Brandt pays separately. */
    private ProcessInstance brandtAsksForFieldDispatch() {
        Clock.at("2026-11-24T10:00", BERLIN);
        ProcessInstance instance = report(Reports.forClient("brandt").signals(false, 1, false)
                .asset("brandt-label-printer")
                .with("reporter", Map.of("name", "Jana Brandt", "email", "jana.brandt@brandt-logistik.test")));
        String ticket = instance.getBusinessKey();
        ticket(instance).isWaitingAt("Task_WorkIncident");
        assertThat(incident(ticket).getAccountableOwner()).isEqualTo("helpdesk");

        completeAs("helpdesk", "helpdesk", task(ticket, "Task_WorkIncident"), Map.of("diagnosisNotes",
                "Print head broken", "outcome", "SCOPED_SERVICE", "scopedService", "FIELD_DISPATCH",
                "scopeReason", "A technician must replace the print head in hall 2"));

        ticket(instance).hasPassed("Gateway_ServiceScope", "Task_RequestClientApproval")
                .isWaitingAt("Task_RecordClientApproval").isNotWaitingAt("Task_WorkIncident");
        assertThat(task(ticket, "Task_RecordClientApproval")).hasCandidateGroup("dispatch");
        assertThat(incident(ticket).getState()).isEqualTo(IncidentState.AWAITING_APPROVAL);
        MimeMessage ask = onlyMail("jana.brandt@brandt-logistik.test", ticket, "Your approval needed");
        assertThat(subject(ask)).contains("FIELD_DISPATCH");
        assertThat(body(ask)).contains("replace the print head in hall 2");
        JsonNode request = onlyScopedService(ticket);
        assertThat(request.get("decision").asText()).isEqualTo("AWAITING_APPROVAL");
        assertThat(request.get("requestedBy").asText()).isEqualTo("helpdesk");
        return instance;
    }

    private void resolveByHelpdesk(String ticket, String diagnosis, String resolution) {
        completeAs("helpdesk", "helpdesk", task(ticket, "Task_WorkIncident"),
                Map.of("diagnosisNotes", diagnosis, "outcome", "RESOLVED", "resolution", resolution));
    }

    private ProcessInstance report(Reports report) {
        Api.Response response = api.post(report.portal(), "/api/incidents", report.json());
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        String ticket = response.json().get("ticket").asText();
        Jobs.runDue(engine, ticket);
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(ticket).processDefinitionKey("incident")
                .singleResult();
    }

    /** Completes a task as a Tasklist user would, then runs what became due (the next steps may be jobs). */
    private void completeAs(String user, String group, Task task, Map<String, Object> variables) {
        assertThat(task).as("task to complete").isNotNull();
        String ticket = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult().getBusinessKey();
        identity.setAuthentication(user, List.of(group));
        try {
            taskService.complete(task.getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
        Jobs.runDue(engine, ticket);
    }

    private Task task(String ticket, String key) {
        return taskService.createTaskQuery().processInstanceBusinessKey(ticket).taskDefinitionKey(key)
                .singleResult();
    }

    private Task task(String ticket, String key, String assignee) {
        return taskService.createTaskQuery().processInstanceBusinessKey(ticket).taskDefinitionKey(key)
                .taskAssignee(assignee).singleResult();
    }

    private List<Job> timerJobs(ProcessInstance instance, String activityId) {
        return ticket(instance).timers(activityId);
    }

    private Ticket ticket(ProcessInstance instance) {
        return Ticket.of(engine, instance.getBusinessKey());
    }

    private Api.Response vendorUpdate(String ticket, String reference, String status, String message) {
        return api.post("vendor-manager", "/api/incidents/" + ticket + "/vendor-updates",
                Api.json(Map.of("caseReference", reference, "status", status, "message", message)));
    }

    private JsonNode view(String ticket) {
        Api.Response response = api.get("auditor", "/api/incidents/" + ticket);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private JsonNode vendorCase(String ticket, String reference) {
        JsonNode cases = view(ticket).get("vendorCases");
        assertThat((Object) cases).as("vendorCases of %s", ticket).isNotNull();
        return StreamSupport.stream(cases.spliterator(), false)
                .filter(entry -> reference.equals(entry.get("reference").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no vendor case " + reference + " in " + cases));
    }

    private JsonNode onlyScopedService(String ticket) {
        JsonNode requests = view(ticket).get("scopedServices");
        assertThat((Object) requests).as("scopedServices of %s", ticket).isNotNull();
        assertThat(requests.size()).as(requests.toString()).isEqualTo(1);
        return requests.get(0);
    }

    private void assertOwner(String ticket, String owner) {
        assertThat(incident(ticket).getAccountableOwner()).as("accountable owner of %s", ticket).isEqualTo(owner);
        assertThat(view(ticket).get("accountableOwner").asText()).isEqualTo(owner);
    }

    private Incident incident(String ticket) {
        return register.get(ticket);
    }

    private List<IncidentEvent> timeline(String ticket) {
        return register.timeline(register.get(ticket));
    }

    private static Instant instant(JsonNode node, String field) {
        JsonNode value = node.get(field);
        assertThat((Object) value).as("%s in %s", field, node).isNotNull();
        return Instant.parse(value.asText());
    }

    private static Date local(String localDateTime, ZoneId zone) {
        return Date.from(LocalDateTime.parse(localDateTime).atZone(zone).toInstant());
    }

    /** Mails to an address about exactly this ticket ("[INC-1]" is not "[INC-12]") whose subject says something. */
    private static List<MimeMessage> mails(String address, String ticket, String subjectPart) {
        return TestMailServer.inbox(address, ticket).stream()
                .filter(mail -> subject(mail).contains("[" + ticket + "]") && subject(mail).contains(subjectPart))
                .toList();
    }

    private static MimeMessage onlyMail(String address, String ticket, String subjectPart) {
        List<MimeMessage> found = mails(address, ticket, subjectPart);
        assertThat(found).as("mails to %s about %s saying '%s'", address, ticket, subjectPart).hasSize(1);
        return found.get(0);
    }

    private static List<String> recipients(MimeMessage mail) {
        try {
            Address[] all = mail.getAllRecipients();
            return all == null ? List.of() : Arrays.stream(all).map(Address::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage mail) {
        return com.icegreen.greenmail.util.GreenMailUtil.getBody(mail).replaceAll("=\\r?\\n", "");
    }
}
