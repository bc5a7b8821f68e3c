package io.servicedesk.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;

import io.servicedesk.contract.Priority;
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
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
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
 * Business hours and after hours are different promises: worked now, paged (with escalation), or
 * queued until the window opens, each in the contract's own time zone. Mail goes to a real SMTP server.
 */
@ServiceDeskTest
class CoverageProcessTest {

    private static final ZoneId LA = Clock.LOS_ANGELES;

    @Autowired
    ProcessEngine engine;
    @Autowired
    IncidentRegister register;
    @Autowired
    IdentityService identity;
    @LocalServerPort
    int port;

    Api api;
    String lastTicket;

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
    void tuesdayMorningP3IsWorkedNowByHelpdeskWithAResponseDueInBusinessTime() {
        Clock.at("2026-11-24T09:12", LA);
        ProcessInstance instance = report(Reports.northwind().signals(false, 1, false).asset("northwind-frontdesk-pc"));

        ticket(instance).hasPassed("Task_DecideCoverage", "Task_RecordCoverage").isWaitingAt("Task_WorkIncident");
        assertThat(task("Task_WorkIncident")).hasCandidateGroup("helpdesk");
        assertThat(task("Task_WorkIncident").getDueDate()).isEqualTo(local("2026-11-24T13:12", LA));
        Incident incident = incident(instance);
        assertThat(incident.getPriority()).isEqualTo(Priority.P3);
        assertThat(incident.getCoverageAction()).isEqualTo("WORK_NOW");
        assertThat(incident.getInWindow()).isTrue();
        assertThat(incident.getResponseDueAt()).isEqualTo(local("2026-11-24T13:12", LA).toInstant());
    }

    @Test
    void saturdayNightP1OnAP1OnlyContractPagesOnCallWhoAcknowledgesAndWorksIt() {
        Clock.at("2026-11-28T22:00", LA);
        ProcessInstance instance = report(Reports.northwind().signals(true, 4, false).asset("northwind-accounting-db"));

        ticket(instance).isWaitingAt("Task_AcknowledgePage");
        assertThat(task("Task_AcknowledgePage")).hasCandidateGroup("on-call");
        assertThat(task("Task_AcknowledgePage").getDueDate()).isEqualTo(local("2026-11-28T22:15", LA));
        MimeMessage page = onlyMail(instance.getBusinessKey(), "on-call@servicedesk.test");
        assertThat(subject(page)).contains("[P1]", "Northwind Dental", "Accounting database will not open");
        assertThat(body(page)).contains("Acknowledge page");
        Incident paged = incident(instance);
        assertThat(paged.getCoverageAction()).isEqualTo("PAGE_ON_CALL");
        assertThat(paged.getCoverageReason()).contains("P1");
        assertThat(paged.getState()).isEqualTo(IncidentState.PAGING_ON_CALL);

        Clock.advanceMinutes(6);
        Task ack = task("Task_AcknowledgePage");
        identity.setAuthentication("on-call", List.of("on-call"));
        complete(ack);
        identity.clearAuthentication();
        Jobs.runDue(engine, instance.getBusinessKey());

        ticket(instance).hasPassed("Task_RecordAcknowledgement").isWaitingAt("Task_WorkIncident");
        assertThat(task("Task_WorkIncident")).isAssignedTo("on-call");
        Incident working = incident(instance);
        assertThat(working.getAcknowledgedBy()).isEqualTo("on-call");
        assertThat(working.getAcknowledgedAt()).isEqualTo(local("2026-11-28T22:06", LA).toInstant());
        assertThat(working.getAccountableOwner()).isEqualTo("dispatcher");
        assertThat(working.getRespondedAt()).isBeforeOrEqualTo(working.getResponseDueAt());
        assertThat(working.getState()).isEqualTo(IncidentState.IN_PROGRESS);
    }

    @Test
    void nobodyAcknowledgesSoTheBackupAndThenTheDutyManagerArePaged() {
        Clock.at("2026-11-28T22:00", LA);
        ProcessInstance instance = report(Reports.northwind().signals(true, 4, false));
        ticket(instance).isWaitingAt("Task_AcknowledgePage");

        Clock.advanceMinutes(15);
        Jobs.runDue(engine, instance.getBusinessKey());
        assertThat(task("Task_AcknowledgePage")).hasCandidateGroup("on-call").hasCandidateGroup("engineering");
        onlyMail(instance.getBusinessKey(), "engineer@servicedesk.test");

        Clock.advanceMinutes(15);
        Jobs.runDue(engine, instance.getBusinessKey());
        assertThat(task("Task_AcknowledgePage")).hasCandidateGroup("on-call").hasCandidateGroup("engineering").hasCandidateGroup("duty-manager");
        // at 22:30 the first P1 client update is due too: the duty manager also hears that it is late
        List<MimeMessage> toDutyManager = TestMailServer.inbox("duty-manager@servicedesk.test", instance.getBusinessKey())
                .stream().filter(mail -> subject(mail).contains("escalated page")).toList();
        assertThat(toDutyManager).hasSize(1);
        MimeMessage escalated = toDutyManager.get(0);
        assertThat(body(escalated)).contains("ESCALATED PAGE");

        Task ack = task("Task_AcknowledgePage");
        identity.setAuthentication("duty-manager", List.of("duty-manager"));
        complete(ack);
        identity.clearAuthentication();
        Jobs.runDue(engine, instance.getBusinessKey());

        Incident incident = incident(instance);
        assertThat(incident.getAcknowledgedBy()).isEqualTo("duty-manager");
        assertThat(incident.getAccountableOwner()).isEqualTo("dispatcher");
        assertThat(timeline(incident)).filteredOn(event -> event.getType().equals("PAGE_ESCALATED")).hasSize(2);
        ticket(instance).isWaitingAt("Task_WorkIncident");
    }

    @Test
    void saturdayNightP3IsQueuedUntilMondayOpeningAndTheClientIsToldWhen() {
        Clock.at("2026-11-28T22:00", LA);
        ProcessInstance instance = report(Reports.northwind().signals(false, 1, false).asset("northwind-frontdesk-pc"));

        ticket(instance).isWaitingAt("Gateway_WaitForWindow");
        Incident queued = incident(instance);
        assertThat(queued.getCoverageAction()).isEqualTo("QUEUE_FOR_WINDOW");
        assertThat(queued.getState()).isEqualTo(IncidentState.QUEUED_FOR_WINDOW);
        MimeMessage notice = onlyMail(instance.getBusinessKey(), "abel.stone@northwind-dental.test");
        assertThat(recipients(notice)).contains("frontdesk@northwind-dental.test");
        assertThat(body(notice)).contains("Monday, 30 November 2026 at 08:00 (Pacific Time)", "P3", "P1");
        Job timer = ticket(instance).timer("Timer_WindowOpens");
        assertThat(timer.getDuedate()).isEqualTo(local("2026-11-30T08:00", LA));

        Clock.at("2026-11-30T07:59", LA);
        Jobs.runDue(engine, instance.getBusinessKey());
        ticket(instance).isWaitingAt("Gateway_WaitForWindow");

        Clock.at("2026-11-30T08:00", LA);
        Jobs.runDue(engine, instance.getBusinessKey());
        ticket(instance).isWaitingAt("Task_WorkIncident");
        assertThat(task("Task_WorkIncident")).hasCandidateGroup("helpdesk");
    }

    @Test
    void saturdayNightP2OnAP1P2ContractPagesOnCall() {
        Clock.at("2026-11-28T22:00", Clock.BERLIN);
        ProcessInstance instance = report(Reports.forClient("brandt").signals(false, 1, false).asset("brandt-wms"));

        assertThat(incident(instance).getPriority()).isEqualTo(Priority.P2);
        ticket(instance).isWaitingAt("Task_AcknowledgePage");
        assertThat(incident(instance).getResponseDueAt()).isEqualTo(local("2026-11-28T23:00", Clock.BERLIN).toInstant());
    }

    @Test
    void onAContractWithoutAfterHoursCoverageEvenP1Queues() {
        Clock.at("2026-11-28T22:00", LA);
        ProcessInstance instance = report(Reports.forClient("cobalt").signals(true, 3, false));

        assertThat(incident(instance).getPriority()).isEqualTo(Priority.P1);
        ticket(instance).isWaitingAt("Gateway_WaitForWindow");
        MimeMessage notice = onlyMail(instance.getBusinessKey(), "rita@cobalt-studio.test");
        assertThat(body(notice)).contains("Monday, 30 November 2026 at 09:00", "no after-hours coverage");
    }

    @Test
    void aHolidayQueuesToTheNextWorkingDay() {
        Clock.at("2026-11-26T10:00", LA);
        ProcessInstance instance = report(Reports.northwind().signals(false, 1, false).asset("northwind-frontdesk-pc"));

        ticket(instance).isWaitingAt("Gateway_WaitForWindow");
        assertThat(incident(instance).getWindowOpensAt()).isEqualTo(local("2026-11-27T08:00", LA).toInstant());
        assertThat(body(onlyMail(instance.getBusinessKey(), "abel.stone@northwind-dental.test")))
                .contains("Friday, 27 November 2026 at 08:00");
    }

    @Test
    void aQueuedP3RaisedToP1PagesAtOnce() {
        Clock.at("2026-11-28T22:00", LA);
        ProcessInstance instance = report(Reports.northwind().signals(false, 1, false).asset("northwind-frontdesk-pc"));
        ticket(instance).isWaitingAt("Gateway_WaitForWindow");

        Api.Response raised = api.post("dispatcher", "/api/incidents/" + instance.getBusinessKey() + "/priority",
                Api.json(Map.of("priority", "P1", "reason", "Client called: the whole front desk is down")));
        Jobs.runDue(engine, instance.getBusinessKey());

        assertThat(raised.status()).as(raised.body()).isEqualTo(200);
        ticket(instance).hasPassed("Message_PriorityChanged").isWaitingAt("Task_AcknowledgePage");
        Incident incident = incident(instance);
        assertThat(incident.getPriority()).isEqualTo(Priority.P1);
        assertThat(incident.getCoverageAction()).isEqualTo("PAGE_ON_CALL");
        assertThat(timeline(incident)).anySatisfy(event -> {
            assertThat(event.getType()).isEqualTo("PRIORITY_CHANGED");
            assertThat(event.getActor()).isEqualTo("dispatcher");
            assertThat(event.getDetail()).contains("P3 -> P1", "front desk is down");
        });
        onlyMail(instance.getBusinessKey(), "on-call@servicedesk.test");
    }

    @Test
    void onlyDispatchersAndDutyManagersReprioritise() {
        Clock.businessHours();
        ProcessInstance instance = report(Reports.northwind().signals(false, 1, false));

        Api.Response byHelpdesk = api.post("helpdesk", "/api/incidents/" + instance.getBusinessKey() + "/priority",
                Api.json(Map.of("priority", "P1", "reason", "I think so")));

        assertThat(byHelpdesk.status()).isEqualTo(403);
        assertThat(incident(instance).getPriority()).isEqualTo(Priority.P3);
    }

    private ProcessInstance report(Reports report) {
        Api.Response response = api.post(report.portal(), "/api/incidents", report.json());
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        String ticket = response.json().get("ticket").asText();
        lastTicket = ticket;
        Jobs.runDue(engine, ticket);
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(ticket)
                .processDefinitionKey("incident").singleResult();
    }

    private Ticket ticket(ProcessInstance instance) {
        return Ticket.of(engine, instance.getBusinessKey());
    }

    private Task task(String key) {
        return Ticket.of(engine, lastTicket).task(key);
    }

    private Incident incident(ProcessInstance instance) {
        return register.get(instance.getBusinessKey());
    }

    private List<IncidentEvent> timeline(Incident incident) {
        return register.timeline(incident);
    }

    private static Date local(String localDateTime, ZoneId zone) {
        return Date.from(LocalDateTime.parse(localDateTime).atZone(zone).toInstant());
    }

    private static MimeMessage onlyMail(String ticket, String recipient) {
        List<MimeMessage> mails = TestMailServer.inbox(recipient, ticket);
        assertThat(mails).as("mails about %s to %s", ticket, recipient).hasSize(1);
        return mails.get(0);
    }

    static List<String> recipients(MimeMessage mail) {
        try {
            Address[] all = mail.getAllRecipients();
            return all == null ? List.of() : Arrays.stream(all).map(Address::toString).toList();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String body(MimeMessage mail) {
        return com.icegreen.greenmail.util.GreenMailUtil.getBody(mail).replaceAll("=\\r?\\n", "");
    }
}
