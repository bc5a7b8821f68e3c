package io.servicedesk.platform;

import camundajar.impl.scala.runtime.BoxesRunTime;
import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Left;
import camundajar.impl.scala.util.Right;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.api.EvaluationFailureType;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.FunctionProvider;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.impl.interpreter.BuiltinFunctions;
import org.camunda.feel.impl.interpreter.EvalContext;
import org.camunda.feel.impl.interpreter.EvaluationFailureCollector;
import org.camunda.feel.impl.interpreter.FeelInterpreter;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.syntaxtree.Val;
import org.camunda.feel.syntaxtree.ValError;
import org.camunda.feel.syntaxtree.ValFatalError;
import org.camunda.feel.valuemapper.ValueMapper;

/**
 * Camunda's Scala FEEL engine, minus the work it repeats on every evaluation: it parses and validates
 * each expression again, and builds its root context, every built-in function included, again (in a
 * profile of the pipeline that root context alone took about a tenth of all CPU). Here each expression
 * is parsed and validated once and the functions are built once; evaluation itself is the same
 * interpreter with the same value mapper, so decision tables mean exactly what they meant.
 */
final class CachedFeelEngine extends ScalaFeelEngine {

    private final ValueMapper valueMapper;
    private final FeelInterpreter interpreter;
    private final FunctionProvider functions;
    private final Map<String, ParsedExpression> expressions = new ConcurrentHashMap<>();
    private final Map<String, ParsedExpression> unaryTests = new ConcurrentHashMap<>();

    CachedFeelEngine(List<FeelCustomFunctionProvider> functionProviders) {
        super(functionProviders);
        this.valueMapper = feelEngine.valueMapper();
        this.interpreter = new FeelInterpreter(valueMapper);
        this.functions = new FunctionProvider.CompositeFunctionProvider(toScalaList(
                new BuiltinFunctions(feelEngine.clock(), valueMapper), feelEngine.functionProvider()));
    }

    /** Makes the DMN engine use this engine, with the custom functions the DMN configuration has by then. */
    static FeelEngineFactory factory(java.util.function.Supplier<List<FeelCustomFunctionProvider>> functionProviders) {
        return () -> new CachedFeelEngine(functionProviders.get());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
        ParsedExpression parsed = parsed(expressions, expression, feelEngine::parseExpression);
        VariableProvider variables = new ContextVariableWrapper(variableContext);
        return (T) evaluate(parsed, variables);
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variableContext) {
        ParsedExpression parsed = parsed(unaryTests, expression, feelEngine::parseUnaryTests);
        VariableProvider input = new VariableProvider.StaticVariableProvider(
                new camundajar.impl.scala.collection.immutable.Map.Map1<>(INPUT_VARIABLE_NAME, inputVariable));
        VariableProvider variables = new VariableProvider.CompositeVariableProvider(
                toScalaList(input, new ContextVariableWrapper(variableContext)));
        return BoxesRunTime.unboxToBoolean(evaluate(parsed, variables));
    }

    private static ParsedExpression parsed(Map<String, ParsedExpression> cache, String expression,
            Function<String, Either<Failure, ParsedExpression>> parser) {
        ParsedExpression parsed = cache.get(expression);
        if (parsed == null) {
            Either<Failure, ParsedExpression> result = parser.apply(expression);
            if (result instanceof Left<Failure, ParsedExpression> failure) {
                // not cached: an invalid expression fails every time, as before
                throw LOGGER.evaluationException(failure.value().message());
            }
            parsed = ((Right<Failure, ParsedExpression>) result).value();
            cache.put(expression, parsed);
        }
        return parsed;
    }

    /** What the Scala engine's evaluate does after its root context is built, with ours instead. */
    private Object evaluate(ParsedExpression parsed, VariableProvider variables) {
        EvalContext context = new EvalContext(valueMapper, VariableProvider.EmptyVariableProvider$.MODULE$, functions,
                new EvaluationFailureCollector()).merge(new CustomContext() {
                    @Override
                    public VariableProvider variableProvider() {
                        return variables;
                    }
                });
        Val value;
        try {
            value = interpreter.eval(parsed.expression(), context);
        } catch (RuntimeException e) {
            throw LOGGER.evaluationException("failed to evaluate expression '" + parsed.text() + "' : " + e);
        }
        boolean assertionFailed = context.failureCollector().failures().exists(failure -> failure.failureType()
                == EvaluationFailureType.ASSERT_FAILURE$.MODULE$);
        if (assertionFailed || value instanceof ValError || value instanceof ValFatalError) {
            throw LOGGER.evaluationException("failed to evaluate expression '" + parsed.text() + "': " + value);
        }
        return valueMapper.unpackVal(value);
    }
}
