package io.servicedesk.triage;

import io.servicedesk.support.DecisionTableUnderTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
 * The triage decision table (processes/triage.dmn), evaluated with the standalone DMN engine and
 * its default FEEL (Scala) engine, as the process engine evaluates it. One test per rule, a test
 * that the first match wins where rules overlap, and a test that every rule is hit by some test.
 */
class TriageDecisionTest {

  static final String DMN_FILE = "processes/triage.dmn";
  static final String DECISION_KEY = "triage";

  // rule ids in processes/triage.dmn, top-down
  static final String CONTAINMENT_REQUIRED = "Rule_ContainmentRequired";
  static final String MULTIPLE_USERS_BLOCKED = "Rule_MultipleUsersBlocked";
  static final String CRITICAL_DOWN_NOBODY_BLOCKED = "Rule_CriticalDownNobodyBlocked";
  static final String CRITICAL_DOWN_LOW_CRITICALITY = "Rule_CriticalDownLowCriticality";
  static final String CRITICAL_DOWN = "Rule_CriticalDown";
  static final String CRITICAL_OPERATIONS_UNKNOWN = "Rule_CriticalOperationsUnknown";
  static final String USERS_BLOCKED_UNKNOWN = "Rule_UsersBlockedUnknown";
  static final String CONTAINMENT_UNKNOWN = "Rule_ContainmentUnknown";
  static final String ONE_USER_BLOCKED_HIGH_CRITICALITY = "Rule_OneUserBlockedHighCriticality";
  static final String ONE_USER_BLOCKED = "Rule_OneUserBlocked";
  static final String HIGH_CRITICALITY_DEGRADED = "Rule_HighCriticalityDegraded";
  static final String MINOR_ISSUE = "Rule_MinorIssue";

  /** What the reporter said; null where the reporter did not say. */
  record Report(Boolean criticalOperationsDown, Integer usersBlocked, Boolean containmentRequired,
      String assetCriticality) {

    Map<String, Object> variables() {
      Map<String, Object> variables = new HashMap<>(); // Map.of refuses null values
      variables.put("criticalOperationsDown", criticalOperationsDown);
      variables.put("usersBlocked", usersBlocked);
      variables.put("containmentRequired", containmentRequired);
      variables.put("assetCriticality", assetCriticality);
      return variables;
    }
  }

  record Triage(String priority, Boolean reviewRequired, String reason, List<String> matchedRules) {

    String rule() {
      assertThat(matchedRules).as("rules matched under hit policy FIRST").hasSize(1);
      return matchedRules.get(0);
    }
  }

  // One report per rule; every report the per-rule tests use is listed in ALL_REPORTS below.
  static final Report CONTAINMENT_WITH_NOTHING_ELSE = new Report(false, 0, true, "LOW");
  static final Report CONTAINMENT_WITH_EVERYTHING_ELSE_UNKNOWN = new Report(null, null, true, null);
  static final Report CRITICAL_DOWN_ZERO_USERS = new Report(true, 0, false, "HIGH");
  static final Report CRITICAL_DOWN_ON_LOW_ASSET = new Report(true, 1, false, "LOW");
  static final Report CRITICAL_DOWN_ON_MEDIUM_ASSET = new Report(true, 1, false, "MEDIUM");
  /** The report issue 8 found ranked "P2, review": critical operations down, five people blocked, a LOW asset. */
  static final Report CRITICAL_DOWN_FIVE_USERS_ON_LOW_ASSET = new Report(true, 5, false, "LOW");
  static final Report CRITICAL_DOWN_ONE_USER_NO_ASSET = new Report(true, 1, false, null);
  static final Report TWO_USERS_BLOCKED = new Report(false, 2, false, "LOW");
  static final Report MANY_USERS_BLOCKED_OTHERS_UNKNOWN = new Report(null, 40, null, null);
  static final Report CRITICAL_OPERATIONS_NOT_SAID = new Report(null, 1, false, "MEDIUM");
  static final Report NOTHING_SAID = new Report(null, null, null, null);
  static final Report USERS_BLOCKED_NOT_SAID = new Report(false, null, false, "HIGH");
  static final Report CONTAINMENT_NOT_SAID = new Report(false, 1, null, "LOW");
  static final Report ONE_USER_ON_HIGH_ASSET = new Report(false, 1, false, "HIGH");
  static final Report ONE_USER_ON_MEDIUM_ASSET = new Report(false, 1, false, "MEDIUM");
  static final Report ONE_USER_NO_ASSET = new Report(false, 1, false, null);
  static final Report NOBODY_BLOCKED_ON_HIGH_ASSET = new Report(false, 0, false, "HIGH");
  static final Report NOBODY_BLOCKED_ON_LOW_ASSET = new Report(false, 0, false, "LOW");
  static final Report NOBODY_BLOCKED_ON_MEDIUM_ASSET = new Report(false, 0, false, "MEDIUM");
  static final Report NOBODY_BLOCKED_NO_ASSET = new Report(false, 0, false, null);

  static final List<Report> ALL_REPORTS = List.of(
      CONTAINMENT_WITH_NOTHING_ELSE, CONTAINMENT_WITH_EVERYTHING_ELSE_UNKNOWN,
      CRITICAL_DOWN_ZERO_USERS, CRITICAL_DOWN_ON_LOW_ASSET, CRITICAL_DOWN_ON_MEDIUM_ASSET,
      CRITICAL_DOWN_FIVE_USERS_ON_LOW_ASSET,
      CRITICAL_DOWN_ONE_USER_NO_ASSET, TWO_USERS_BLOCKED, MANY_USERS_BLOCKED_OTHERS_UNKNOWN,
      CRITICAL_OPERATIONS_NOT_SAID, NOTHING_SAID, USERS_BLOCKED_NOT_SAID, CONTAINMENT_NOT_SAID,
      ONE_USER_ON_HIGH_ASSET, ONE_USER_ON_MEDIUM_ASSET, ONE_USER_NO_ASSET,
      NOBODY_BLOCKED_ON_HIGH_ASSET, NOBODY_BLOCKED_ON_LOW_ASSET, NOBODY_BLOCKED_ON_MEDIUM_ASSET,
      NOBODY_BLOCKED_NO_ASSET);

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

  static Triage triage(Report report) {
    return evaluate(decision, report);
  }

  static Triage evaluate(DmnDecision decisionTable, Report report) {
    DecisionTableUnderTest.Evaluation evaluation = table.evaluate(decisionTable, report.variables());
    Map<String, Object> first = evaluation.result();
    return first == null ? new Triage(null, null, null, evaluation.matchedRules())
        : new Triage((String) first.get("priority"), (Boolean) first.get("reviewRequired"),
            (String) first.get("reason"), evaluation.matchedRules());
  }


  static void assertTriage(Report report, String rule, String priority, boolean reviewRequired, String reason) {
    Triage triage = triage(report);
    assertThat(triage.rule()).as("rule that decided %s", report).isEqualTo(rule);
    assertThat(triage.priority()).as("priority for %s", report).isEqualTo(priority);
    assertThat(triage.reviewRequired()).as("review required for %s", report).isEqualTo(reviewRequired);
    assertThat(triage.reason()).as("reason for %s", report).isEqualTo(reason);
  }

  // --- one test per rule, top-down ---

  @Test
  void containmentRequiredIsP1WithoutReview() {
    assertTriage(CONTAINMENT_WITH_NOTHING_ELSE, CONTAINMENT_REQUIRED, "P1", false, "Immediate containment required");
    assertTriage(CONTAINMENT_WITH_EVERYTHING_ELSE_UNKNOWN, CONTAINMENT_REQUIRED, "P1", false,
        "Immediate containment required");
  }

  @Test
  void criticalOperationsDownWithoutBlockedUsersGoesToReview() {
    assertTriage(CRITICAL_DOWN_ZERO_USERS, CRITICAL_DOWN_NOBODY_BLOCKED, "P1", true,
        "Critical operations reported down, but no users blocked");
  }

  @Test
  void criticalOperationsDownOnALowCriticalitySystemStaysP1AndADispatcherConfirms() {
    assertTriage(CRITICAL_DOWN_ON_LOW_ASSET, CRITICAL_DOWN_LOW_CRITICALITY, "P1", true,
        "Critical operations reported down on a system rated low criticality");
  }

  @Test
  void criticalOperationsDownWithFiveUsersBlockedOnALowCriticalitySystemIsP1WithoutReview() {
    // the seed's definition: multiple users blocked is enough, whatever the asset rating
    assertTriage(CRITICAL_DOWN_FIVE_USERS_ON_LOW_ASSET, MULTIPLE_USERS_BLOCKED, "P1", false, "Multiple users blocked");
    // and the same report saying operations are not down ranks no higher
    assertThat(triage(new Report(false, 5, false, "LOW")).priority()).isEqualTo("P1");
  }

  @Test
  void criticalOperationsDownIsP1WithoutReview() {
    assertTriage(CRITICAL_DOWN_ON_MEDIUM_ASSET, CRITICAL_DOWN, "P1", false, "Critical operations down");
    assertTriage(CRITICAL_DOWN_ONE_USER_NO_ASSET, CRITICAL_DOWN, "P1", false, "Critical operations down");
  }

  @Test
  void multipleUsersBlockedIsP1WithoutReview() {
    assertTriage(TWO_USERS_BLOCKED, MULTIPLE_USERS_BLOCKED, "P1", false, "Multiple users blocked");
    // enough for P1 even when the reporter left the other questions open
    assertTriage(MANY_USERS_BLOCKED_OTHERS_UNKNOWN, MULTIPLE_USERS_BLOCKED, "P1", false, "Multiple users blocked");
  }

  @Test
  void criticalOperationsNotReportedSuggestsP3ForReview() {
    assertTriage(CRITICAL_OPERATIONS_NOT_SAID, CRITICAL_OPERATIONS_UNKNOWN, "P3", true,
        "Not reported whether critical operations are down");
    // nothing reported at all: no comparison may fail on the nulls, the first unknown decides
    assertTriage(NOTHING_SAID, CRITICAL_OPERATIONS_UNKNOWN, "P3", true,
        "Not reported whether critical operations are down");
  }

  @Test
  void blockedUsersNotReportedSuggestsP3ForReview() {
    // usersBlocked null passes the "0", ">= 2" and "1" entries above without matching or failing
    assertTriage(USERS_BLOCKED_NOT_SAID, USERS_BLOCKED_UNKNOWN, "P3", true, "Not reported how many users are blocked");
  }

  @Test
  void containmentNotReportedSuggestsP3ForReview() {
    assertTriage(CONTAINMENT_NOT_SAID, CONTAINMENT_UNKNOWN, "P3", true, "Not reported whether containment is required");
  }

  @Test
  void oneUserBlockedOnHighCriticalitySystemIsP2WithoutReview() {
    assertTriage(ONE_USER_ON_HIGH_ASSET, ONE_USER_BLOCKED_HIGH_CRITICALITY, "P2", false,
        "One user blocked on a high-criticality system");
  }

  @Test
  void oneUserBlockedIsP3WithoutReview() {
    assertTriage(ONE_USER_ON_MEDIUM_ASSET, ONE_USER_BLOCKED, "P3", false, "One user blocked");
    assertTriage(ONE_USER_NO_ASSET, ONE_USER_BLOCKED, "P3", false, "One user blocked");
  }

  @Test
  void degradedHighCriticalitySystemWithNobodyBlockedIsP3WithoutReview() {
    assertTriage(NOBODY_BLOCKED_ON_HIGH_ASSET, HIGH_CRITICALITY_DEGRADED, "P3", false,
        "Degraded high-criticality system, nobody blocked");
  }

  @Test
  void nobodyBlockedIsP4WithoutReview() {
    assertTriage(NOBODY_BLOCKED_ON_LOW_ASSET, MINOR_ISSUE, "P4", false, "Nobody blocked: minor issue or request");
    assertTriage(NOBODY_BLOCKED_ON_MEDIUM_ASSET, MINOR_ISSUE, "P4", false, "Nobody blocked: minor issue or request");
    assertTriage(NOBODY_BLOCKED_NO_ASSET, MINOR_ISSUE, "P4", false, "Nobody blocked: minor issue or request");
  }

  @Test
  void variableLeftOutOfTheReportCountsAsNotReported() {
    // the intake may leave a variable out altogether instead of setting it to null
    assertThat(table.evaluate(decision, Map.of()).result())
        .containsEntry("priority", "P3")
        .containsEntry("reviewRequired", true)
        .containsEntry("reason", "Not reported whether critical operations are down");

    assertThat(table.evaluate(decision,
        Map.of("criticalOperationsDown", false, "containmentRequired", false, "assetCriticality", "HIGH")).result())
        .containsEntry("priority", "P3")
        .containsEntry("reviewRequired", true)
        .containsEntry("reason", "Not reported how many users are blocked");
  }

  // --- first match wins where rules overlap ---

  static Stream<Arguments> overlappingReports() {
    return Stream.of(
        arguments(new Report(true, 0, true, null), CONTAINMENT_REQUIRED,
            List.of(CRITICAL_DOWN_NOBODY_BLOCKED, CRITICAL_DOWN)),
        arguments(new Report(true, 0, false, "LOW"), CRITICAL_DOWN_NOBODY_BLOCKED,
            List.of(CRITICAL_DOWN_LOW_CRITICALITY, CRITICAL_DOWN)),
        arguments(new Report(true, 5, false, "LOW"), MULTIPLE_USERS_BLOCKED,
            List.of(CRITICAL_DOWN_LOW_CRITICALITY, CRITICAL_DOWN)),
        arguments(new Report(true, 1, false, "LOW"), CRITICAL_DOWN_LOW_CRITICALITY, List.of(CRITICAL_DOWN)),
        arguments(new Report(true, 5, null, "HIGH"), MULTIPLE_USERS_BLOCKED,
            List.of(CRITICAL_DOWN, CONTAINMENT_UNKNOWN, HIGH_CRITICALITY_DEGRADED)),
        arguments(new Report(null, 2, false, null), MULTIPLE_USERS_BLOCKED,
            List.of(CRITICAL_OPERATIONS_UNKNOWN)),
        arguments(new Report(null, null, null, "HIGH"), CRITICAL_OPERATIONS_UNKNOWN,
            List.of(USERS_BLOCKED_UNKNOWN, CONTAINMENT_UNKNOWN, HIGH_CRITICALITY_DEGRADED)),
        arguments(new Report(false, null, null, null), USERS_BLOCKED_UNKNOWN,
            List.of(CONTAINMENT_UNKNOWN)),
        arguments(new Report(false, 1, null, "HIGH"), CONTAINMENT_UNKNOWN,
            List.of(ONE_USER_BLOCKED_HIGH_CRITICALITY, ONE_USER_BLOCKED)),
        arguments(new Report(false, 1, false, "HIGH"), ONE_USER_BLOCKED_HIGH_CRITICALITY,
            List.of(ONE_USER_BLOCKED, HIGH_CRITICALITY_DEGRADED)),
        arguments(new Report(false, 1, false, "LOW"), ONE_USER_BLOCKED, List.of(MINOR_ISSUE)),
        arguments(new Report(false, 0, false, "HIGH"), HIGH_CRITICALITY_DEGRADED, List.of(MINOR_ISSUE)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("overlappingReports")
  void firstMatchingRuleWinsWhereRulesOverlap(Report report, String winner, List<String> alsoMatching) {
    // with hit policy COLLECT the report really matches the winner and the later rules too ...
    List<String> everyMatch = evaluate(collectDecision, report).matchedRules();
    assertThat(everyMatch).as("rules matching %s", report).contains(winner).containsAll(alsoMatching);
    assertThat(everyMatch.get(0)).as("topmost rule matching %s", report).isEqualTo(winner);
    // ... and with the table's own hit policy FIRST the topmost one decides
    assertThat(triage(report).rule()).as("rule that decided %s", report).isEqualTo(winner);
  }

  // --- coverage of the table ---

  @Test
  void everyRuleOfTheTableIsHitByAtLeastOneTestReport() throws IOException {
    DecisionTable table = decisionTable(readModel());
    assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.FIRST);
    List<String> ruleIds = table.getRules().stream().map(Rule::getId).toList();
    assertThat(ruleIds).hasSize(12);
    assertThat(ruleIds.subList(0, 5)).as("the P1 signals and their contradictions come first").containsExactly(
        CONTAINMENT_REQUIRED, MULTIPLE_USERS_BLOCKED, CRITICAL_DOWN_NOBODY_BLOCKED, CRITICAL_DOWN_LOW_CRITICALITY,
        CRITICAL_DOWN);

    Set<String> hit = new LinkedHashSet<>();
    for (Report report : ALL_REPORTS) {
      hit.add(triage(report).rule());
    }
    assertThat(hit).as("rules hit by the per-rule test reports").containsExactlyInAnyOrderElementsOf(ruleIds);
  }

  @Test
  void everyReportIsDecidedByExactlyOneRule() {
    // the last rule catches everything, so no report may leave the process without a priority
    for (Report report : ALL_REPORTS) {
      Triage triage = triage(report);
      assertThat(triage.priority()).as("priority for %s", report).isIn("P1", "P2", "P3", "P4");
      assertThat(triage.reviewRequired()).as("review required for %s", report).isNotNull();
      assertThat(triage.reason()).as("reason for %s", report).isNotBlank();
    }
  }

  // --- properties over every combination of answers ---------------------------------------------

  static final List<Boolean> ANSWERS = Arrays.asList(null, false, true);
  static final List<Integer> USERS = Arrays.asList(null, 0, 1, 2, 3, 50);
  static final List<String> CRITICALITIES = Arrays.asList(null, "LOW", "MEDIUM", "HIGH");

  /** Every report the portal can send, with each question answered, answered the other way, or left open. */
  static List<Report> everyReport() {
    List<Report> reports = new ArrayList<>();
    for (Boolean critical : ANSWERS) {
      for (Integer users : USERS) {
        for (Boolean containment : ANSWERS) {
          for (String criticality : CRITICALITIES) {
            reports.add(new Report(critical, users, containment, criticality));
          }
        }
      }
    }
    return reports;
  }

  /**
   * Each signal at least as bad and one worse. An unanswered question (or no asset named) compares only
   * with another one: "not said" is neither better nor worse than an answer.
   */
  static boolean strictlyWorse(Report worse, Report better) {
    int[] answers = {
        compare(worse.criticalOperationsDown(), better.criticalOperationsDown(), Boolean::compare),
        compare(worse.usersBlocked(), better.usersBlocked(), Integer::compare),
        compare(worse.containmentRequired(), better.containmentRequired(), Boolean::compare),
        compare(worse.assetCriticality(), better.assetCriticality(),
            Comparator.comparingInt(CRITICALITIES::indexOf))};
    return Arrays.stream(answers).allMatch(answer -> answer != INCOMPARABLE && answer >= 0)
        && Arrays.stream(answers).anyMatch(answer -> answer > 0);
  }

  static final int INCOMPARABLE = Integer.MIN_VALUE;

  static <T> int compare(T worse, T better, Comparator<T> order) {
    if (worse == null || better == null) {
      return worse == better ? 0 : INCOMPARABLE;
    }
    return Integer.signum(order.compare(worse, better));
  }

  @Test
  void aStrictlyWorseReportNeverRanksLowerThanABetterOne() {
    List<Report> reports = everyReport();
    Map<Report, String> priorities = new HashMap<>();
    reports.forEach(report -> priorities.put(report, triage(report).priority()));
    int compared = 0;
    for (Report worse : reports) {
      for (Report better : reports) {
        if (strictlyWorse(worse, better)) {
          compared++;
          // P1 is the most severe: "P1" sorts before "P2"
          assertThat(priorities.get(worse)).as("%s is worse than %s (%s)", worse, better, priorities.get(better))
              .isLessThanOrEqualTo(priorities.get(better));
        }
      }
    }
    assertThat(reports).hasSize(216);
    assertThat(compared).as("pairs of reports where one is strictly worse").isGreaterThan(1000);
  }

  @Test
  void anyOneP1SignalIsAP1() {
    for (Report report : everyReport()) {
      boolean p1Signal = Boolean.TRUE.equals(report.containmentRequired())
          || (report.usersBlocked() != null && report.usersBlocked() >= 2)
          || Boolean.TRUE.equals(report.criticalOperationsDown());
      assertThat(triage(report).priority().equals("P1")).as("P1 for %s", report).isEqualTo(p1Signal);
    }
  }

  @Test
  void aDispatcherReviewsOnlyRealContradictionsAndAnswersThatCouldMakeItP1() {
    for (Report report : everyReport()) {
      Triage triage = triage(report);
      boolean containment = Boolean.TRUE.equals(report.containmentRequired());
      boolean multipleUsers = report.usersBlocked() != null && report.usersBlocked() >= 2;
      boolean criticalDown = Boolean.TRUE.equals(report.criticalOperationsDown());
      // critical operations down, yet nobody blocked or the system rated low: the report contradicts itself
      boolean contradiction = !containment && !multipleUsers && criticalDown
          && (Integer.valueOf(0).equals(report.usersBlocked()) || "LOW".equals(report.assetCriticality()));
      // nothing says P1, but a question left open could
      boolean couldBeP1 = !containment && !multipleUsers && !criticalDown
          && (report.criticalOperationsDown() == null || report.usersBlocked() == null
              || report.containmentRequired() == null);
      assertThat(triage.reviewRequired()).as("review for %s (%s)", report, triage.reason())
          .isEqualTo(contradiction || couldBeP1);
    }
  }
}
