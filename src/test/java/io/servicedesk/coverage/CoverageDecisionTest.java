package io.servicedesk.coverage;

import io.servicedesk.support.DecisionTableUnderTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The after-hours coverage decision table (processes/coverage.dmn), evaluated with the standalone
 * DMN engine and its default FEEL (Scala) engine, as the process engine evaluates it. One test per
 * rule, the full matrix of every window/priority/contract combination written out, a test that the
 * first match wins where rules overlap, and a test that every rule is hit by some test.
 */
class CoverageDecisionTest {

  static final String DMN_FILE = "processes/coverage.dmn";
  static final String DECISION_KEY = "coverage";

  // rule ids in processes/coverage.dmn, top-down
  static final String INSIDE_WINDOW = "Rule_InsideWindow";
  static final String ALL_PRIORITIES_COVERED = "Rule_AllPrioritiesCovered";
  static final String P1_AND_P2_COVERED = "Rule_P1AndP2Covered";
  static final String P1_COVERED = "Rule_P1Covered";
  static final String NO_AFTER_HOURS_COVERAGE = "Rule_NoAfterHoursCoverage";
  static final String PRIORITY_NOT_COVERED = "Rule_PriorityNotCovered";

  // coverage actions
  static final String WORK_NOW = "WORK_NOW";
  static final String PAGE_ON_CALL = "PAGE_ON_CALL";
  static final String QUEUE_FOR_WINDOW = "QUEUE_FOR_WINDOW";

  static final List<Boolean> WINDOW_STATES = List.of(true, false);
  static final List<String> PRIORITIES = List.of("P1", "P2", "P3", "P4");
  static final List<String> CONTRACT_COVERAGES = List.of("P1_ONLY", "P1_P2", "ALL", "NONE");

  /** When an incident needs work: inside the window or not, its priority, what the contract buys after hours. */
  record Situation(Boolean inWindow, String priority, String afterHoursCoverage) {

    Map<String, Object> variables() {
      Map<String, Object> variables = new HashMap<>(); // Map.of refuses null values
      variables.put("inWindow", inWindow);
      variables.put("priority", priority);
      variables.put("afterHoursCoverage", afterHoursCoverage);
      return variables;
    }

    @Override
    public String toString() {
      String window = inWindow == null ? "window not known" : inWindow ? "in window" : "after hours";
      return window + ", " + priority + ", " + afterHoursCoverage + " contract";
    }
  }

  record Coverage(String action, String reason, List<String> matchedRules) {

    String rule() {
      assertThat(matchedRules).as("rules matched under hit policy FIRST").hasSize(1);
      return matchedRules.get(0);
    }
  }

  // Situations the per-rule tests use; every one of them is listed in ALL_SITUATIONS below.
  static final Situation IN_WINDOW_P1_NONE = new Situation(true, "P1", "NONE");
  static final Situation IN_WINDOW_P2_P1_P2 = new Situation(true, "P2", "P1_P2");
  static final Situation IN_WINDOW_P3_ALL = new Situation(true, "P3", "ALL");
  static final Situation IN_WINDOW_P4_P1_ONLY = new Situation(true, "P4", "P1_ONLY");
  static final Situation AFTER_HOURS_P1_ALL = new Situation(false, "P1", "ALL");
  static final Situation AFTER_HOURS_P4_ALL = new Situation(false, "P4", "ALL");
  static final Situation AFTER_HOURS_P1_P1_P2 = new Situation(false, "P1", "P1_P2");
  static final Situation AFTER_HOURS_P2_P1_P2 = new Situation(false, "P2", "P1_P2");
  static final Situation AFTER_HOURS_P1_P1_ONLY = new Situation(false, "P1", "P1_ONLY");
  static final Situation AFTER_HOURS_P1_NONE = new Situation(false, "P1", "NONE");
  static final Situation AFTER_HOURS_P4_NONE = new Situation(false, "P4", "NONE");
  static final Situation AFTER_HOURS_P3_P1_ONLY = new Situation(false, "P3", "P1_ONLY");
  static final Situation AFTER_HOURS_P2_P1_ONLY = new Situation(false, "P2", "P1_ONLY");
  static final Situation AFTER_HOURS_P3_P1_P2 = new Situation(false, "P3", "P1_P2");
  static final Situation AFTER_HOURS_P4_P1_P2 = new Situation(false, "P4", "P1_P2");

  static final List<Situation> ALL_SITUATIONS = List.of(
      IN_WINDOW_P1_NONE, IN_WINDOW_P2_P1_P2, IN_WINDOW_P3_ALL, IN_WINDOW_P4_P1_ONLY,
      AFTER_HOURS_P1_ALL, AFTER_HOURS_P4_ALL, AFTER_HOURS_P1_P1_P2, AFTER_HOURS_P2_P1_P2,
      AFTER_HOURS_P1_P1_ONLY, AFTER_HOURS_P1_NONE, AFTER_HOURS_P4_NONE, AFTER_HOURS_P3_P1_ONLY,
      AFTER_HOURS_P2_P1_ONLY, AFTER_HOURS_P3_P1_P2, AFTER_HOURS_P4_P1_P2);

  static final String REASON_INSIDE_WINDOW =
      "Inside the documented support window: the service desk works it now";
  static final String REASON_ALL_PRIORITIES_COVERED =
      "After hours; the contract covers every priority after hours";
  static final String REASON_P1_AND_P2_COVERED =
      "After hours; the contract covers P1 and P2 after hours";
  static final String REASON_P1_COVERED =
      "After hours; P1 is a business-stopping condition the contract covers after hours";
  static final String REASON_NO_AFTER_HOURS_COVERAGE =
      "After hours; the contract buys no after-hours coverage, not even for P1";
  static final String REASON_PRIORITY_NOT_COVERED =
      "After hours; this priority is not covered after hours: work starts when the window opens";

  static DecisionTableUnderTest table;
  static DmnDecision decision;
  static DmnDecision collectDecision; // the same table with hit policy COLLECT: every rule that matches

  @BeforeAll
  static void parseDecision() {
    table = DecisionTableUnderTest.load(DMN_FILE, DECISION_KEY);
    decision = table.decision();
    collectDecision = table.everyMatch();
  }

  static DmnModelInstance readModel() {
    return table.readModel();
  }

  static DecisionTable decisionTable(DmnModelInstance model) {
    return table.decisionTable(model);
  }

  static Coverage coverage(Situation situation) {
    return evaluate(decision, situation);
  }

  static Coverage evaluate(DmnDecision decisionTable, Situation situation) {
    DecisionTableUnderTest.Evaluation evaluation = table.evaluate(decisionTable, situation.variables());
    Map<String, Object> first = evaluation.result();
    return first == null ? new Coverage(null, null, evaluation.matchedRules())
        : new Coverage((String) first.get("coverageAction"), (String) first.get("coverageReason"),
            evaluation.matchedRules());
  }


  static void assertCoverage(Situation situation, String rule, String action, String reason) {
    Coverage coverage = coverage(situation);
    assertThat(coverage.rule()).as("rule that decided %s", situation).isEqualTo(rule);
    assertThat(coverage.action()).as("action for %s", situation).isEqualTo(action);
    assertThat(coverage.reason()).as("reason for %s", situation).isEqualTo(reason);
  }

  // --- one test per rule, top-down ---

  @Test
  void insideTheWindowEverythingIsWorkedNow() {
    // whatever the priority, and whatever the contract buys after hours, even nothing
    assertCoverage(IN_WINDOW_P1_NONE, INSIDE_WINDOW, WORK_NOW, REASON_INSIDE_WINDOW);
    assertCoverage(IN_WINDOW_P2_P1_P2, INSIDE_WINDOW, WORK_NOW, REASON_INSIDE_WINDOW);
    assertCoverage(IN_WINDOW_P3_ALL, INSIDE_WINDOW, WORK_NOW, REASON_INSIDE_WINDOW);
    assertCoverage(IN_WINDOW_P4_P1_ONLY, INSIDE_WINDOW, WORK_NOW, REASON_INSIDE_WINDOW);
  }

  @Test
  void everyPriorityPagesAfterHoursOnAnAllContract() {
    assertCoverage(AFTER_HOURS_P1_ALL, ALL_PRIORITIES_COVERED, PAGE_ON_CALL, REASON_ALL_PRIORITIES_COVERED);
    // even a minor request wakes somebody up: that is what the client pays for
    assertCoverage(AFTER_HOURS_P4_ALL, ALL_PRIORITIES_COVERED, PAGE_ON_CALL, REASON_ALL_PRIORITIES_COVERED);
  }

  @Test
  void p1AndP2PageAfterHoursOnAP1P2Contract() {
    assertCoverage(AFTER_HOURS_P1_P1_P2, P1_AND_P2_COVERED, PAGE_ON_CALL, REASON_P1_AND_P2_COVERED);
    assertCoverage(AFTER_HOURS_P2_P1_P2, P1_AND_P2_COVERED, PAGE_ON_CALL, REASON_P1_AND_P2_COVERED);
  }

  @Test
  void p1OnAP1OnlyContractPagesAfterHours() {
    assertCoverage(AFTER_HOURS_P1_P1_ONLY, P1_COVERED, PAGE_ON_CALL, REASON_P1_COVERED);
  }

  @Test
  void evenP1QueuesOnANoneContract() {
    assertCoverage(AFTER_HOURS_P1_NONE, NO_AFTER_HOURS_COVERAGE, QUEUE_FOR_WINDOW, REASON_NO_AFTER_HOURS_COVERAGE);
    assertCoverage(AFTER_HOURS_P4_NONE, NO_AFTER_HOURS_COVERAGE, QUEUE_FOR_WINDOW, REASON_NO_AFTER_HOURS_COVERAGE);
  }

  @Test
  void prioritiesTheContractDoesNotCoverQueueAfterHours() {
    // P1_ONLY: P2 to P4 wait for the window
    assertCoverage(AFTER_HOURS_P3_P1_ONLY, PRIORITY_NOT_COVERED, QUEUE_FOR_WINDOW, REASON_PRIORITY_NOT_COVERED);
    assertCoverage(AFTER_HOURS_P2_P1_ONLY, PRIORITY_NOT_COVERED, QUEUE_FOR_WINDOW, REASON_PRIORITY_NOT_COVERED);
    // P1_P2: P3 and P4 wait for the window
    assertCoverage(AFTER_HOURS_P3_P1_P2, PRIORITY_NOT_COVERED, QUEUE_FOR_WINDOW, REASON_PRIORITY_NOT_COVERED);
    assertCoverage(AFTER_HOURS_P4_P1_P2, PRIORITY_NOT_COVERED, QUEUE_FOR_WINDOW, REASON_PRIORITY_NOT_COVERED);
  }

  // --- the whole table: every combination, written out ---

  record Cell(boolean inWindow, String priority, String afterHoursCoverage, String action) {

    Situation situation() {
      return new Situation(inWindow, priority, afterHoursCoverage);
    }
  }

  static Cell cell(boolean inWindow, String priority, String afterHoursCoverage, String action) {
    return new Cell(inWindow, priority, afterHoursCoverage, action);
  }

  /**
   * What the service desk promises, combination by combination. If this test fails after the table
   * was edited in Modeler, either the edit was a mistake or the promise changed: then change this
   * matrix on purpose, together with the contracts it describes.
   */
  static final List<Cell> MATRIX = List.of(
      // inside the window: everything is worked now
      cell(true,  "P1", "P1_ONLY", WORK_NOW),
      cell(true,  "P2", "P1_ONLY", WORK_NOW),
      cell(true,  "P3", "P1_ONLY", WORK_NOW),
      cell(true,  "P4", "P1_ONLY", WORK_NOW),
      cell(true,  "P1", "P1_P2",   WORK_NOW),
      cell(true,  "P2", "P1_P2",   WORK_NOW),
      cell(true,  "P3", "P1_P2",   WORK_NOW),
      cell(true,  "P4", "P1_P2",   WORK_NOW),
      cell(true,  "P1", "ALL",     WORK_NOW),
      cell(true,  "P2", "ALL",     WORK_NOW),
      cell(true,  "P3", "ALL",     WORK_NOW),
      cell(true,  "P4", "ALL",     WORK_NOW),
      cell(true,  "P1", "NONE",    WORK_NOW),
      cell(true,  "P2", "NONE",    WORK_NOW),
      cell(true,  "P3", "NONE",    WORK_NOW),
      cell(true,  "P4", "NONE",    WORK_NOW),
      // after hours: on-call is paged only for what the contract buys
      cell(false, "P1", "P1_ONLY", PAGE_ON_CALL),
      cell(false, "P2", "P1_ONLY", QUEUE_FOR_WINDOW),
      cell(false, "P3", "P1_ONLY", QUEUE_FOR_WINDOW),
      cell(false, "P4", "P1_ONLY", QUEUE_FOR_WINDOW),
      cell(false, "P1", "P1_P2",   PAGE_ON_CALL),
      cell(false, "P2", "P1_P2",   PAGE_ON_CALL),
      cell(false, "P3", "P1_P2",   QUEUE_FOR_WINDOW),
      cell(false, "P4", "P1_P2",   QUEUE_FOR_WINDOW),
      cell(false, "P1", "ALL",     PAGE_ON_CALL),
      cell(false, "P2", "ALL",     PAGE_ON_CALL),
      cell(false, "P3", "ALL",     PAGE_ON_CALL),
      cell(false, "P4", "ALL",     PAGE_ON_CALL),
      cell(false, "P1", "NONE",    QUEUE_FOR_WINDOW),
      cell(false, "P2", "NONE",    QUEUE_FOR_WINDOW),
      cell(false, "P3", "NONE",    QUEUE_FOR_WINDOW),
      cell(false, "P4", "NONE",    QUEUE_FOR_WINDOW));

  static Stream<Arguments> matrix() {
    return MATRIX.stream().map(cell -> arguments(cell.situation(), cell.action()));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("matrix")
  void everyCombinationGetsTheActionInTheMatrix(Situation situation, String action) {
    Coverage coverage = coverage(situation);
    assertThat(coverage.action()).as("action for %s", situation).isEqualTo(action);
    assertThat(coverage.reason()).as("reason for %s", situation).isNotBlank();
  }

  @Test
  void theMatrixListsEveryCombinationExactlyOnce() {
    // so a deleted or duplicated line in MATRIX cannot hide a combination from the test above
    List<Situation> every = new ArrayList<>();
    for (Boolean inWindow : WINDOW_STATES) {
      for (String priority : PRIORITIES) {
        for (String afterHoursCoverage : CONTRACT_COVERAGES) {
          every.add(new Situation(inWindow, priority, afterHoursCoverage));
        }
      }
    }
    assertThat(every).hasSize(2 * 4 * 4);
    assertThat(MATRIX.stream().map(Cell::situation).toList()).containsExactlyInAnyOrderElementsOf(every);
  }

  // --- first match wins where rules overlap ---

  static Stream<Arguments> overlappingSituations() {
    return Stream.of(
        // the window decides before anything the contract says about after hours
        arguments(new Situation(true, "P1", "ALL"),
            List.of(INSIDE_WINDOW, ALL_PRIORITIES_COVERED, PRIORITY_NOT_COVERED)),
        arguments(new Situation(true, "P2", "P1_P2"),
            List.of(INSIDE_WINDOW, P1_AND_P2_COVERED, PRIORITY_NOT_COVERED)),
        arguments(new Situation(true, "P1", "P1_ONLY"), List.of(INSIDE_WINDOW, P1_COVERED, PRIORITY_NOT_COVERED)),
        arguments(new Situation(true, "P3", "NONE"),
            List.of(INSIDE_WINDOW, NO_AFTER_HOURS_COVERAGE, PRIORITY_NOT_COVERED)),
        arguments(new Situation(true, "P4", "P1_ONLY"), List.of(INSIDE_WINDOW, PRIORITY_NOT_COVERED)),
        // after hours, each paging rule sits before the catch-all that would queue
        arguments(new Situation(false, "P4", "ALL"), List.of(ALL_PRIORITIES_COVERED, PRIORITY_NOT_COVERED)),
        arguments(new Situation(false, "P2", "P1_P2"), List.of(P1_AND_P2_COVERED, PRIORITY_NOT_COVERED)),
        arguments(new Situation(false, "P1", "P1_ONLY"), List.of(P1_COVERED, PRIORITY_NOT_COVERED)),
        // the NONE rule sits before the catch-all so the incident carries the clearer reason
        arguments(new Situation(false, "P1", "NONE"), List.of(NO_AFTER_HOURS_COVERAGE, PRIORITY_NOT_COVERED)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("overlappingSituations")
  void firstMatchingRuleWinsWhereRulesOverlap(Situation situation, List<String> everyMatchTopDown) {
    String winner = everyMatchTopDown.get(0);
    // with hit policy COLLECT the situation really matches the winner and the later rules too ...
    assertThat(evaluate(collectDecision, situation).matchedRules()).as("rules matching %s", situation)
        .containsExactlyElementsOf(everyMatchTopDown);
    // ... and with the table's own hit policy FIRST the topmost one decides
    assertThat(coverage(situation).rule()).as("rule that decided %s", situation).isEqualTo(winner);
  }

  // --- coverage of the table ---

  @Test
  void everyRuleOfTheTableIsHitByAtLeastOneTestSituation() throws IOException {
    DecisionTable table = decisionTable(readModel());
    assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.FIRST);
    List<String> ruleIds = table.getRules().stream().map(Rule::getId).toList();
    assertThat(ruleIds).hasSize(6);

    Set<String> hit = new LinkedHashSet<>();
    for (Situation situation : ALL_SITUATIONS) {
      hit.add(coverage(situation).rule());
    }
    assertThat(hit).as("rules hit by the per-rule test situations").containsExactlyInAnyOrderElementsOf(ruleIds);
  }

  @Test
  void everyRuleExplainsItselfToTheProcessOwner() throws IOException {
    // the description is what a process owner reads in Modeler before changing a rule
    for (Rule rule : decisionTable(readModel()).getRules()) {
      assertThat(rule.getDescription()).as("description of %s", rule.getId()).isNotNull();
      assertThat(rule.getDescription().getTextContent()).as("description of %s", rule.getId()).isNotBlank();
    }
  }

  @Test
  void everySituationIsDecidedByExactlyOneRule() {
    // the last rule catches everything, so no incident may leave the decision without an action and a reason
    List<Situation> situations = new ArrayList<>(ALL_SITUATIONS);
    MATRIX.forEach(cell -> situations.add(cell.situation()));
    for (Situation situation : situations) {
      Coverage coverage = coverage(situation);
      assertThat(coverage.rule()).as("rule that decided %s", situation).isNotBlank();
      assertThat(coverage.action()).as("action for %s", situation).isIn(WORK_NOW, PAGE_ON_CALL, QUEUE_FOR_WINDOW);
      assertThat(coverage.reason()).as("reason for %s", situation).isNotBlank();
    }
  }
}
