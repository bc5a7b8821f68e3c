package io.servicedesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;

/**
 * A decision table from processes/, evaluated by the standalone DMN engine as a process owner wrote it,
 * and as a copy with hit policy COLLECT that shows every rule that matches (to prove first-match order).
 */
public final class DecisionTableUnderTest {

    /** The first result row (null when no rule matched) and the ids of the rules that matched. */
    public record Evaluation(Map<String, Object> result, List<String> matchedRules) {
    }

    private final String file;
    private final String key;
    private final List<List<String>> matches = new ArrayList<>();
    private final DmnEngine engine;
    private final DmnDecision decision;
    private final DmnDecision everyMatch;

    private DecisionTableUnderTest(String file, String key) {
        this.file = file;
        this.key = key;
        DmnDecisionTableEvaluationListener recordMatches = event ->
                matches.add(event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).toList());
        this.engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
                .customPostDecisionTableEvaluationListeners(List.of(recordMatches))
                .buildEngine();
        this.decision = engine.parseDecision(key, readModel());
        DmnModelInstance collect = readModel();
        decisionTable(collect).setHitPolicy(HitPolicy.COLLECT);
        this.everyMatch = engine.parseDecision(key, collect);
    }

    public static DecisionTableUnderTest load(String file, String key) {
        return new DecisionTableUnderTest(file, key);
    }

    public DmnDecision decision() {
        return decision;
    }

    /** The same table with hit policy COLLECT: every rule that matches. */
    public DmnDecision everyMatch() {
        return everyMatch;
    }

    public Evaluation evaluate(DmnDecision table, Map<String, Object> variables) {
        matches.clear();
        DmnDecisionTableResult result = engine.evaluateDecisionTable(table, variables);
        assertThat(matches).as("decision table evaluations").hasSize(1);
        return new Evaluation(result.isEmpty() ? null : result.get(0).getEntryMap(), matches.get(0));
    }

    public DmnModelInstance readModel() {
        try (InputStream dmn = new FileInputStream(file)) {
            return Dmn.readModelFromStream(dmn);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public DecisionTable decisionTable(DmnModelInstance model) {
        Decision decisionElement = model.getModelElementById(key);
        return (DecisionTable) decisionElement.getExpression();
    }
}
