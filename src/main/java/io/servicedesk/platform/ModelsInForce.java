package io.servicedesk.platform;

import java.util.LinkedList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Which model versions are at work right now, for evidence that says which diagram and which decision
 * table produced a fact. Read from the engine's own context, without authorization checks: the user
 * completing a task need not be allowed to read process definitions for the fact to name them.
 */
@Component
public class ModelsInForce {

    private final ProcessEngine engine;

    ModelsInForce(@Lazy ProcessEngine engine) {
        this.engine = engine;
    }

    /** "incident v3": the diagram whose step runs now; empty outside a process step (an API call). */
    public Optional<String> currentProcess() {
        BpmnExecutionContext context = Context.getBpmnExecutionContext();
        if (context == null || context.getExecution() == null) {
            return Optional.empty();
        }
        ProcessDefinitionEntity definition = context.getExecution().getProcessDefinition();
        return definition == null ? Optional.empty() : Optional.of(name(definition.getKey(), definition.getVersion(),
                definition.getVersionTag()));
    }

    /**
     * The diagram whose step runs now and every diagram that called it, the outermost first:
     * ["incident v3", "incidentCoverage v2"]; empty outside a process step.
     */
    public List<String> processesInForce() {
        BpmnExecutionContext context = Context.getBpmnExecutionContext();
        if (context == null || context.getExecution() == null) {
            return List.of();
        }
        LinkedList<String> chain = new LinkedList<>();
        for (ExecutionEntity execution = context.getExecution(); execution != null;
                execution = execution.getProcessInstance().getSuperExecution()) {
            ProcessDefinitionEntity definition = execution.getProcessDefinition();
            if (definition != null) {
                chain.addFirst(name(definition.getKey(), definition.getVersion(), definition.getVersionTag()));
            }
        }
        return chain;
    }

    /** "triage v2": the version a business rule task bound to the latest version evaluates now. */
    public Optional<String> latestDecision(String key) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        DecisionDefinitionEntity decision = configuration.getCommandExecutorTxRequired().execute(command ->
                command.getDecisionDefinitionManager().findLatestDecisionDefinitionByKey(key));
        return decision == null ? Optional.empty()
                : Optional.of(name(decision.getKey(), decision.getVersion(), decision.getVersionTag()));
    }

    private static String name(String key, int version, String tag) {
        return key + " v" + version + (tag == null || tag.isBlank() ? "" : " (" + tag + ")");
    }
}
