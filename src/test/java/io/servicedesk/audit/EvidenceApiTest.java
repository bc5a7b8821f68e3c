package io.servicedesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.servicedesk.support.Api;
import io.servicedesk.support.Clock;
import io.servicedesk.support.ServiceDeskTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An auditor's questions about one week of Northwind's contract, answered by the evidence API from incidents
 * worked the way people work them: every figure counts the right tickets and links to them, every ticket shows
 * its promises against what happened, frozen with the contract and model versions of the time.
 */
@ServiceDeskTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceApiTest {

    /** A week no other test reports in: Monday 7 to Sunday 13 September 2026, Los Angeles. */
    static final String WEEK = "from=2026-09-07&to=2026-09-13";
    static final String EVIDENCE = "/api/audit/contracts/northwind-2026/evidence?" + WEEK;

    @Autowired
    ProcessEngine engine;
    @LocalServerPort
    int port;

    Api api;
    Incidents incidents;
    Week week;

    /** One week worked once; each test reads its evidence as the auditor would on the Sunday. */
    @BeforeAll
    void workTheWeek() {
        api = new Api(port);
        incidents = new Incidents(engine, api);
        week = aWeekAtNorthwind(incidents);
    }

    @BeforeEach
    void sundayNoon() {
        Clock.at("2026-09-13T12:00", Clock.LOS_ANGELES);
    }

    @AfterEach
    void tearDown() {
        Clock.reset();
    }

    /** The week's incidents, worked through; returns their tickets a (P1 in hours) .. f (scoped services). */
    static Week aWeekAtNorthwind(Incidents incidents) {
        // a: P1 inside the window, resolved in 10 minutes, confirmed, reviewed
        String a = incidents.p1ResolvedInTenMinutesAndReviewed("2026-09-08");

        // b: P3 by mail, helpdesk -> engineering -> the ISP, which is chased and answers late; the owner changes
        String b = incidents.report("2026-09-08T11:00", Incidents.p3().with("channel", "EMAIL"));
        incidents.complete(b, "Task_WorkIncident", "helpdesk", "helpdesk",
                Map.of("diagnosisNotes", "No internet at the front desk", "outcome", "ENGINEERING"));
        incidents.complete(b, "Task_EngineerIncident", "engineer", "engineering", Map.of("engineeringNotes",
                "Line down at the modem", "outcome", "VENDOR", "vendorKind", "ISP"));
        incidents.complete(b, "Task_OpenVendorCase", "vendor-manager", "vendor-management",
                Map.of("vendorCaseReference", "PF-4711", "vendorNote", "Line to Northwind down"));
        incidents.at("2026-09-08T12:00", b);
        incidents.at("2026-09-08T12:10", b);
        incidents.vendorUpdate(b, "PF-4711", "FIX_AVAILABLE", "Replaced the line card");
        Api.Response owner = incidents.api().post("dispatcher", "/api/incidents/" + b + "/owner",
                Api.json(Map.of("owner", "duty-manager", "reason", "Vendor outages go to the duty manager")));
        assertThat(owner.status()).as(owner.body()).isEqualTo(200);
        incidents.complete(b, "Task_VerifyVendorFix", "engineer", "engineering", Map.of("fixVerified", true,
                "verificationNotes", "Stable for ten minutes", "resolution", "Pacific Fiber repaired the line"));

        // c: P3 by phone after hours: queued for the window, never picked up
        String c = incidents.p3QueuedAfterHours("2026-09-08");

        // d: P1 on Saturday night: on-call paged, escalated, acknowledges late; the first update goes out late
        String d = incidents.p1PagedAcknowledgedLateUpdatedLate("2026-09-12");

        // e: a report on the remote desktop host, which the contract does not cover
        String e = incidents.report("2026-09-09T09:00", Incidents.p3().asset("northwind-rds-host")
                .with("channel", "PHONE"));

        // f: field dispatch (included), partner support (not offered), SOC (separately scoped, approved)
        String f = incidents.report("2026-09-09T10:00", Incidents.p3());
        incidents.complete(f, "Task_WorkIncident", "helpdesk", "helpdesk", Map.of("diagnosisNotes", "Cable cut",
                "outcome", "SCOPED_SERVICE", "scopedService", "FIELD_DISPATCH", "scopeReason", "Replace the cable"));
        incidents.complete(f, "Task_WorkIncident", "helpdesk", "helpdesk", Map.of("diagnosisNotes", "Software",
                "outcome", "SCOPED_SERVICE", "scopedService", "PARTNER_SUPPORT", "scopeReason", "Partner needed"));
        incidents.complete(f, "Task_WorkIncident", "helpdesk", "helpdesk", Map.of("diagnosisNotes", "Intrusion?",
                "outcome", "SCOPED_SERVICE", "scopedService", "SOC", "scopeReason", "Check the firewall logs"));
        Api.Response approved = incidents.api().post("dispatcher", "/api/incidents/" + f + "/approvals",
                Api.json(Map.of("decision", "APPROVED", "decidedBy", "Abel Stone", "note", "Go ahead")));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        incidents.resolveByHelpdesk(f, "Cable replaced, logs clean");

        // the auditor asks on Sunday at noon
        Clock.at("2026-09-13T12:00", Clock.LOS_ANGELES);
        return new Week(a, b, c, d, e, f);
    }

    record Week(String a, String b, String c, String d, String e, String f) {
    }

    @Test
    void everyFigureCountsTheRightTicketsAndLinksToThem() {

        JsonNode evidence = get("auditor", EVIDENCE);

        assertThat(evidence.at("/period/timeZone").asText()).isEqualTo("America/Los_Angeles");
        assertFigure(evidence.at("/incidents/total"), week.a(), week.b(), week.c(), week.d(), week.e(), week.f());
        assertFigure(evidence.at("/incidents/byPriority/P1"), week.a(), week.d());
        assertThat(evidence.at("/incidents/byChannel/EMAIL/count").asLong()).isEqualTo(1);
        assertThat(tickets(evidence.at("/incidents/byChannel/EMAIL/tickets").asText())).containsExactly(week.b());

        // first response: a in 10 of 15 minutes, b and f at once, d acknowledged 5 minutes late; c and e: nobody
        assertFigure(evidence.at("/firstResponse/kept"), week.a(), week.b(), week.f());
        assertFigure(evidence.at("/firstResponse/late"), week.d());
        assertFigure(evidence.at("/firstResponse/missed"), week.c(), week.e());
        assertThat(evidence.at("/firstResponse/percentKept").asDouble()).isEqualTo(50.0);
        assertThat(evidence.at("/firstResponse/worst/ticket").asText()).isEqualTo(week.d());
        assertThat(evidence.at("/firstResponse/worst/minutes").asInt()).isEqualTo(5);
        assertFigure(evidence.at("/resolution/kept"), week.a(), week.b(), week.d(), week.f());
        assertFigure(evidence.at("/resolution/missed"), week.c(), week.e());

        // d's only update went out 10 minutes late; everything resolved before its first update was due
        assertFigure(evidence.at("/clientUpdates/late"), week.d());
        assertThat(evidence.at("/clientUpdates/late/count").asLong()).isEqualTo(1);
        assertThat(evidence.at("/clientUpdates/longestSilenceP1/0/ticket").asText()).isEqualTo(week.d());

        // after hours: c queued, d paged and escalated, acknowledged after 20 minutes
        assertFigure(evidence.at("/afterHours/outsideWindow"), week.c(), week.d());
        assertFigure(evidence.at("/afterHours/paged"), week.d());
        assertFigure(evidence.at("/afterHours/queued"), week.c());
        assertThat(evidence.at("/afterHours/workedNow/count").asLong()).isZero();
        JsonNode paging = decision(evidence, "PAGE_ON_CALL");
        assertThat(paging.get("priority").asText()).isEqualTo("P1");
        assertThat(paging.get("inWindow").asBoolean()).isFalse();
        assertThat(paging.get("afterHoursCoverage").asText()).isEqualTo("P1_ONLY");
        assertThat(paging.get("reason").asText()).contains("P1");
        assertThat(tickets(paging.get("tickets").asText())).containsExactly(week.d());
        assertThat(decision(evidence, "QUEUE_FOR_WINDOW").get("priority").asText()).isEqualTo("P3");
        assertFigure(evidence.at("/onCall/acknowledgedLate"), week.d());
        assertFigure(evidence.at("/onCall/escalated"), week.d());
        assertThat(evidence.at("/onCall/worstAckMinutes").asInt()).isEqualTo(20);

        // ownership: b handed off twice (engineering, the vendor), f three times (its scoped services), each
        // keeping the owner; b's owner then changed explicitly, with a reason
        assertFigure(evidence.at("/ownership/handedOff"), week.b(), week.f());
        assertThat(evidence.at("/ownership/handoffs").asLong()).isEqualTo(5);
        assertThat(evidence.at("/ownership/handoffsOwnerKept").asLong()).isEqualTo(5);
        assertThat(evidence.at("/ownership/handoffChangedOwner/count").asLong()).isZero();
        assertFigure(evidence.at("/ownership/ownerChanged"), week.b());
        JsonNode change = evidence.at("/ownership/changes/0");
        assertThat(change.get("ticket").asText()).isEqualTo(week.b());
        assertThat(change.get("by").asText()).isEqualTo("dispatcher");
        assertThat(change.get("from").asText()).isEqualTo("dispatcher");
        assertThat(change.get("to").asText()).isEqualTo("duty-manager");
        assertThat(change.get("detail").asText()).contains("Vendor outages go to the duty manager");

        // vendor: chased once at 12:00, answered at 12:10, 10 minutes past its 60
        assertFigure(evidence.at("/vendors/escalated"), week.b());
        assertFigure(evidence.at("/vendors/chased"), week.b());
        assertFigure(evidence.at("/vendors/lateOrSilent"), week.b());
        assertThat(evidence.at("/vendors/worstResponseMinutes").asInt()).isEqualTo(70);

        assertFigure(evidence.at("/scopedServices/included"), week.f());
        assertFigure(evidence.at("/scopedServices/notOffered"), week.f());
        assertFigure(evidence.at("/scopedServices/approved"), week.f());
        assertThat(evidence.at("/scopedServices/refused/count").asLong()).isZero();
        assertThat(evidence.at("/scopedServices/contract/SOC").asText()).isEqualTo("SEPARATELY_SCOPED");
        assertFigure(evidence.at("/scopeGaps/incidents"), week.e());

        // P1 reviews: a reviewed, d's still open
        assertFigure(evidence.at("/reviews/required"), week.a(), week.d());
        assertFigure(evidence.at("/reviews/done"), week.a());
        assertFigure(evidence.at("/reviews/open"), week.d());

        assertThat(evidence.get("weeks")).hasSize(1);
        assertThat(evidence.at("/weeks/0/week").asText()).isEqualTo("2026-09-07");
        assertThat(evidence.at("/weeks/0/incidents").asLong()).isEqualTo(6);
        assertThat(evidence.at("/weeks/0/afterHoursPages").asLong()).isEqualTo(1);
    }

    @Test
    void theBuyersQuestionsAreAnsweredFromTheContractAsItStood() {

        JsonNode evidence = get("duty-manager", EVIDENCE);

        assertThat(evidence.get("terms")).hasSize(1);
        assertThat(evidence.at("/terms/0/supportWindow/0").asText()).isEqualTo("Mon 08:00-17:00");
        assertThat(answer(evidence, BuyerQuestions.WINDOW).get("answer").asText())
                .contains("America/Los_Angeles", "Mon 08:00-17:00", "Fri 08:00-17:00", "Thanksgiving");
        assertThat(answer(evidence, BuyerQuestions.AFTER_HOURS).get("answer").asText())
                .contains("P1_ONLY", "critical operations down", "15 minutes");
        assertThat(answer(evidence, BuyerQuestions.HANDOFF).get("answer").asText())
                .contains("P1 after 30 minutes", "Pacific Fiber");
        assertThat(answer(evidence, BuyerQuestions.VENDOR_UPDATES).get("answer").asText())
                .contains("accountable owner");
        assertThat(answer(evidence, BuyerQuestions.SCOPED).get("answer").asText())
                .contains("field dispatch: included", "soc: separately scoped", "partner support: not offered");
        JsonNode executed = answer(evidence, BuyerQuestions.EXECUTED);
        assertThat(executed.get("answer").asText()).contains("Of 6 incidents", "first response within target 50.0 %");
        assertThat(executed.get("evidence")).allSatisfy(line ->
                assertThat(line.at("/count/tickets").asText()).startsWith("/api/audit/contracts/northwind-2026/tickets?"));
    }

    @Test
    void eachTicketShowsItsPromisesAgainstWhatHappenedFrozenWithTheVersionsOfTheTime() {

        JsonNode d = get("auditor", "/api/audit/incidents/" + week.d());

        assertThat(d.get("contractVersion").asLong()).isZero();
        assertThat(d.get("models").asText()).contains("incident v", "triage v", "coverage v");
        JsonNode page = commitment(d, "PAGE_ACKNOWLEDGEMENT", 1);
        assertThat(page.get("promise").asText()).contains("15 minutes");
        assertThat(page.get("promisedAt").asText()).isEqualTo("2026-09-13T05:15:00Z");
        assertThat(page.get("actualAt").asText()).isEqualTo("2026-09-13T05:20:00Z");
        assertThat(page.get("outcome").asText()).isEqualTo("LATE");
        assertThat(page.get("minutesLate").asInt()).isEqualTo(5);
        assertThat(page.get("actual").asText()).contains("on-call", "1 escalation");
        assertThat(page.get("models").asText()).contains("coverage v");
        JsonNode update = commitment(d, "CLIENT_UPDATE", 1);
        assertThat(update.get("promisedAt").asText()).isEqualTo("2026-09-13T05:30:00Z");
        assertThat(update.get("outcome").asText()).isEqualTo("LATE");
        assertThat(update.get("minutesLate").asInt()).isEqualTo(10);
        assertThat(commitment(d, "RESOLUTION", 1).get("outcome").asText()).isEqualTo("KEPT");
        assertThat(commitment(d, "P1_REVIEW", 1).get("outcome").asText()).isEqualTo("PENDING");
        JsonNode coverage = StreamSupport.stream(d.get("decisions").spliterator(), false)
                .filter(decision -> decision.get("kind").asText().equals("COVERAGE")).findFirst().orElseThrow();
        assertThat(coverage.get("outcome").asText()).isEqualTo("PAGE_ON_CALL");
        assertThat(coverage.get("inputs").asText()).contains("priority P1", "outside the support window",
                "P1_ONLY");
        assertThat(coverage.get("model").asText()).contains("coverage v");
        assertThat(d.at("/contract/afterHoursCoverage").asText()).isEqualTo("P1_ONLY");

        JsonNode b = get("auditor", "/api/audit/incidents/" + week.b());
        JsonNode vendor = commitment(b, "VENDOR_RESPONSE", 1);
        assertThat(vendor.get("subject").asText()).contains("Pacific Fiber", "PF-4711");
        assertThat(vendor.get("outcome").asText()).isEqualTo("LATE");
        assertThat(vendor.get("minutesLate").asInt()).isEqualTo(10);
        assertThat(b.get("ownership")).extracting(event -> event.get("kind").asText())
                .containsExactly("OWNER_ASSIGNED", "HANDED_OFF", "HANDED_OFF", "OWNER_CHANGED");

        JsonNode f = get("auditor", "/api/audit/incidents/" + week.f());
        assertThat(StreamSupport.stream(f.get("commitments").spliterator(), false)
                .filter(promise -> promise.get("kind").asText().equals("SCOPED_SERVICE"))
                .map(promise -> promise.get("subject").asText() + " " + promise.get("outcome").asText()))
                .containsExactly("FIELD_DISPATCH INCLUDED", "PARTNER_SUPPORT NOT_OFFERED", "SOC APPROVED");
    }

    @Test
    void theCsvHasOneRowPerTicketAndCommitment() {

        Api.Response csv = api.get("auditor", "/api/audit/contracts/northwind-2026/evidence.csv?" + WEEK);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("evidence-northwind-2026-2026-09-07-2026-09-13.csv");
        List<Map<String, String>> rows = Csv.parse(csv.body());
        assertThat(csv.body().lines().findFirst().orElseThrow()).isEqualTo(String.join(",", EvidenceCsv.COLUMNS));
        List<Map<String, String>> d = rows.stream().filter(row -> row.get("ticket").equals(week.d())).toList();
        assertThat(d).extracting(row -> row.get("commitment")).containsExactly("FIRST_RESPONSE",
                "PAGE_ACKNOWLEDGEMENT", "CLIENT_UPDATE", "RESOLUTION", "P1_REVIEW");
        assertThat(d).filteredOn(row -> row.get("commitment").equals("PAGE_ACKNOWLEDGEMENT")).singleElement()
                .satisfies(row -> {
                    assertThat(row).containsEntry("contract", "northwind-2026").containsEntry("contract_version", "0")
                            .containsEntry("priority", "P1").containsEntry("reported_at", "2026-09-12T22:00-07:00")
                            .containsEntry("promised_at", "2026-09-12T22:15-07:00")
                            .containsEntry("actual_at", "2026-09-12T22:20-07:00")
                            .containsEntry("outcome", "LATE").containsEntry("minutes_late", "5");
                    assertThat(row.get("models")).contains("incident v", "coverage v");
                });
        long commitments = 0;
        for (String ticket : List.of(week.a(), week.b(), week.c(), week.d(), week.e(), week.f())) {
            commitments += get("auditor", "/api/audit/incidents/" + ticket).get("commitments").size();
        }
        assertThat((long) rows.size()).isEqualTo(commitments);
    }

    @Test
    void evidenceIsForAuditorsAndDutyManagersOnly() {
        for (String user : List.of("dispatcher", "helpdesk", "northwind-portal", "monitoring")) {
            Api.Response refused = api.get(user, EVIDENCE);
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(api.get(null, EVIDENCE).status()).isEqualTo(401);
        assertThat(api.get("auditor", EVIDENCE).status()).isEqualTo(200);
        assertThat(api.get("duty-manager", EVIDENCE).status()).isEqualTo(200);
        assertThat(api.send("auditor", Api.PASSWORD, "POST", "/api/audit/contracts/northwind-2026/evidence", "{}",
                Map.of()).status()).as("read-only").isIn(403, 405);
    }

    @Test
    void aWrongPeriodFigureOrContractIsAClearError() {
        assertProblem(api.get("auditor", "/api/audit/contracts/northwind-2026/evidence?from=2026-09-13&to=2026-09-07"),
                400, "to");
        assertProblem(api.get("auditor", "/api/audit/contracts/northwind-2026/evidence?from=13.9.2026&to=2026-09-20"),
                400, "from");
        assertProblem(api.get("auditor", "/api/audit/contracts/northwind-2026/evidence?from=2026-09-07"), 400, "to");
        assertProblem(api.get("auditor", "/api/audit/contracts/northwind-2026/evidence?from=2024-01-01&to=2026-12-31"),
                400, "to");
        assertProblem(api.get("auditor", "/api/audit/contracts/northwind-2026/tickets?" + WEEK + "&figure=nonsense"),
                400, "figure");
        assertProblem(api.get("auditor", "/api/audit/contracts/northwind-2026/tickets?" + WEEK + "&size=5000"),
                400, "size");
        assertThat(api.get("auditor", "/api/audit/contracts/nobody/evidence?" + WEEK).status()).isEqualTo(404);
        assertThat(api.get("auditor", "/api/audit/incidents/INC-99999999").status()).isEqualTo(404);
    }

    // --- helpers

    private JsonNode get(String user, String path) {
        Api.Response response = api.get(user, path);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    /** The figure counts exactly these tickets, and its link lists exactly them. */
    private void assertFigure(JsonNode figure, String... expected) {
        assertThat(figure.isMissingNode()).as("figure present").isFalse();
        assertThat(figure.get("count").asLong()).as(figure.toString()).isEqualTo(expected.length);
        assertThat(tickets(figure.get("tickets").asText())).as(figure.toString()).containsExactlyInAnyOrder(expected);
    }

    /** Every ticket of a drill-down link, page by page. */
    private List<String> tickets(String link) {
        List<String> tickets = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode listed = get("auditor", link + "&size=2&page=" + page);
            listed.get("tickets").forEach(row -> tickets.add(row.get("ticket").asText()));
            if (page + 1 >= Math.max(1, (listed.get("total").asLong() + 1) / 2)) {
                assertThat((long) tickets.size()).isEqualTo(listed.get("total").asLong());
                return tickets;
            }
        }
    }

    private static JsonNode decision(JsonNode evidence, String action) {
        return StreamSupport.stream(evidence.at("/afterHours/decisions").spliterator(), false)
                .filter(group -> group.get("action").asText().equals(action)).findFirst().orElseThrow();
    }

    private static JsonNode answer(JsonNode evidence, String question) {
        return StreamSupport.stream(evidence.get("answers").spliterator(), false)
                .filter(answer -> answer.get("question").asText().equals(question)).findFirst().orElseThrow();
    }

    private static JsonNode commitment(JsonNode ticket, String kind, int number) {
        return StreamSupport.stream(ticket.get("commitments").spliterator(), false)
                .filter(promise -> promise.get("kind").asText().equals(kind) && promise.get("number").asInt() == number)
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + number + " in " + ticket));
    }

    private static void assertProblem(Api.Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().at("/errors/0/field").asText()).as(response.body()).isEqualTo(field);
    }
}
