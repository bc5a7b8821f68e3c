package io.servicedesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cached FEEL engine decides exactly what Camunda's own does: the same value or the same failure for
 * expressions and unary tests, and the same result from every decision table in processes/ for every
 * combination of inputs a rule tests, with FEEL or JUEL input expressions.
 */
class CachedFeelEngineTest {

    private static final ScalaFeelEngine CAMUNDA = new ScalaFeelEngine(List.of());
    private static final CachedFeelEngine CACHED = new CachedFeelEngine(List.of());
    private static final List<Object> VALUES = Arrays.asList(null, true, false, 0, 1, 2, 5, 2.5, "HIGH", "LOW", "P1",
            "");

    @ParameterizedTest
    @ValueSource(strings = {"x", "missing", "\"P1\"", "false", "null", "x + 1", "x > 1", "date(\"2026-11-24\")",
            "if x > 1 then \"many\" else \"few\"", "string length(\"abc\")", "x in [1..3]", "1 +", "unknown(x)"})
    void anExpressionEvaluatesAsInCamundasEngine(String expression) {
        for (Object x : VALUES) {
            VariableContext variables = Variables.createVariables().putValue("x", x).asVariableContext();
            assertThat(outcome(() -> CACHED.evaluateSimpleExpression(expression, variables)))
                    .as("%s with x = %s", expression, x)
                    .isEqualTo(outcome(() -> CAMUNDA.evaluateSimpleExpression(expression, variables)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "true", "false", "null", "0", ">= 2", "< 3", "\"HIGH\"", "\"HIGH\",\"MEDIUM\"",
            "not(\"LOW\")", "[1..5]", "]1..5[", "> 1, < 0", "? > 1", "x", ">="})
    void aUnaryTestMatchesAsInCamundasEngine(String test) {
        for (Object input : VALUES) {
            VariableContext variables = Variables.createVariables().putValue("cellInput", input).putValue("x", 1)
                    .asVariableContext();
            assertThat(outcome(() -> CACHED.evaluateSimpleUnaryTests(test, "cellInput", variables)))
                    .as("%s for input %s", test, input)
                    .isEqualTo(outcome(() -> CAMUNDA.evaluateSimpleUnaryTests(test, "cellInput", variables)));
        }
    }

    @Test
    void everyDecisionTableDecidesAsWithCamundasEngineForEveryInput() throws IOException {
        DmnEngine camunda = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        for (String language : List.of("feel", "juel")) {
            DefaultDmnEngineConfiguration configuration =
                    (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
            configuration.setFeelEngineFactory(CachedFeelEngine.factory(configuration::getFeelCustomFunctionProviders));
            configuration.setDefaultInputExpressionExpressionLanguage(language);
            DmnEngine tuned = configuration.buildEngine();
            int compared = 0;
            for (File file : Objects.requireNonNull(new File("processes").listFiles((dir, name) -> name.endsWith(".dmn")))) {
                for (Decision decision : model(file).getModelElementsByType(Decision.class)) {
                    DmnDecision ours = tuned.parseDecision(decision.getId(), model(file));
                    DmnDecision theirs = camunda.parseDecision(decision.getId(), model(file));
                    for (Map<String, Object> inputs : combinations(ours)) {
                        assertThat(outcome(() -> tuned.evaluateDecision(ours, inputs)))
                                .as("%s in %s with %s input expressions, inputs %s", decision.getId(), file, language,
                                        inputs)
                                .isEqualTo(outcome(() -> camunda.evaluateDecision(theirs, inputs)));
                        compared++;
                    }
                }
            }
            assertThat(compared).as("combinations compared").isGreaterThan(100);
        }
    }

    /** Every combination of the values the rules test, plus null, for each input's variable. */
    private static List<Map<String, Object>> combinations(DmnDecision decision) {
        var table = (org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl) decision.getDecisionLogic();
        List<Map<String, Object>> combinations = new ArrayList<>();
        combinations.add(new HashMap<>());
        for (int i = 0; i < table.getInputs().size(); i++) {
            var input = table.getInputs().get(i);
            String variable = input.getExpression().getExpression();
            List<Object> values = new ArrayList<>();
            values.add(null);
            int column = i;
            table.getRules().stream().map(rule -> rule.getConditions().get(column).getExpression())
                    .filter(Objects::nonNull).flatMap(CachedFeelEngineTest::valuesIn).distinct().forEach(values::add);
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> combination : combinations) {
                for (Object value : values) {
                    Map<String, Object> extended = new HashMap<>(combination);
                    extended.put(variable, value);
                    next.add(extended);
                }
            }
            combinations = next;
        }
        return combinations;
    }

    /** The literals of a unary test, and the neighbours of its numbers: what makes its rule match or not. */
    private static Stream<Object> valuesIn(String test) {
        List<Object> values = new ArrayList<>();
        for (String part : test.split(",")) {
            String literal = part.replaceAll("^[\\s<>=!]+|\\s+$", "");
            if (literal.matches("\"[^\"]*\"")) {
                values.add(literal.substring(1, literal.length() - 1));
            } else if (literal.equals("true") || literal.equals("false")) {
                values.addAll(List.of(true, false));
            } else if (literal.matches("-?\\d+")) {
                int number = Integer.parseInt(literal);
                values.addAll(List.of(number - 1, number, number + 1));
            }
        }
        return values.stream();
    }

    private static DmnModelInstance model(File file) throws IOException {
        try (InputStream in = new FileInputStream(file)) {
            return Dmn.readModelFromStream(in);
        }
    }

    /** A result or the failure's type and message, so that both can be compared. */
    private static Object outcome(java.util.concurrent.Callable<?> evaluation) {
        try {
            Object result = evaluation.call();
            return result instanceof DmnDecisionResult decision ? decision.getResultList() : result;
        } catch (Exception e) {
            return "failure: " + e.getClass().getSimpleName();
        }
    }
}
