package io.servicedesk.platform;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRequirementsGraph;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableInputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableOutputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.dmn.engine.impl.spi.transform.DmnTransformListener;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Definitions;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every process and decision deployed keeps its history exactly as long as the configured retention
 * ({@code servicedesk.history.retention-days}), whatever its model file says: an auditor's evidence
 * cannot be shortened by a value typed in Modeler, and one setting changes them all. Camunda's history
 * cleanup runs only inside the configured window.
 */
@Component
class HistoryRetentionPlugin extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(HistoryRetentionPlugin.class);
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private final HistorySettings settings;

    HistoryRetentionPlugin(HistorySettings settings) {
        this.settings = settings;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryTimeToLive(settings.timeToLive());
        configuration.setHistoryCleanupBatchWindowStartTime(HOURS_MINUTES.format(settings.cleanupWindowStart()));
        configuration.setHistoryCleanupBatchWindowEndTime(HOURS_MINUTES.format(settings.cleanupWindowEnd()));
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element element, ProcessDefinitionEntity process) {
                process.setHistoryTimeToLive(retained("process", process.getKey(), process.getHistoryTimeToLive()));
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        // the deployers share this transformer; decisions are deployed only after the engine is built
        configuration.getDmnEngineConfiguration().getTransformer().getTransformListeners()
                .add(new DecisionRetention());
    }

    /**
     * Definitions deployed before (an unchanged model is not deployed again) follow a changed setting too.
     * History already written keeps the removal time it got when its instance ended.
     */
    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        RepositoryService repository = engine.getRepositoryService();
        int days = settings.retentionDays();
        try {
            repository.createProcessDefinitionQuery().list().stream()
                    .filter(definition -> !Integer.valueOf(days).equals(definition.getHistoryTimeToLive()))
                    .forEach(definition -> repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days));
            repository.createDecisionDefinitionQuery().list().stream()
                    .filter(definition -> !Integer.valueOf(days).equals(definition.getHistoryTimeToLive()))
                    .forEach(definition -> repository.updateDecisionDefinitionHistoryTimeToLive(definition.getId(), days));
        } catch (RuntimeException raced) {
            // another node starting at the same time sets the same value
            log.warn("Could not align the history time-to-live of deployed definitions: {}", raced.getMessage());
        }
    }

    private Integer retained(String what, String key, Integer modelled) {
        if (modelled != null && modelled != settings.retentionDays()) {
            log.info("{} {} says historyTimeToLive {} days; kept {} days (servicedesk.history.retention-days)",
                    what, key, modelled, settings.retentionDays());
        }
        return settings.retentionDays();
    }

    private final class DecisionRetention implements DmnTransformListener {

        @Override
        public void transformDecision(Decision decision, DmnDecision dmnDecision) {
            if (dmnDecision instanceof DecisionDefinitionEntity definition) {
                definition.setHistoryTimeToLive(retained("decision", definition.getKey(),
                        definition.getHistoryTimeToLive()));
            }
        }

        @Override
        public void transformDecisionRequirementsGraph(Definitions definitions, DmnDecisionRequirementsGraph graph) {
            // a requirements graph keeps no history of its own: its decisions do
        }

        @Override
        public void transformDecisionTableInput(Input input, DmnDecisionTableInputImpl dmnInput) {
        }

        @Override
        public void transformDecisionTableOutput(Output output, DmnDecisionTableOutputImpl dmnOutput) {
        }

        @Override
        public void transformDecisionTableRule(Rule rule, DmnDecisionTableRuleImpl dmnRule) {
        }
    }
}
