package io.servicedesk.platform;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * The engine settings that decide what an incident costs, each measured in the benchmark (README
 * "Performance"): how the decision tables evaluate FEEL, and which variable changes keep a detail row in
 * the history.
 */
@Component
class EngineTuning extends AbstractProcessEnginePlugin {

    /**
     * servicedesk.engine.*
     *
     * @param cachedFeel            parse each FEEL expression once and build FEEL's functions once, instead of
     *                              on every evaluation
     * @param dmnInputLanguage      the language of decision-table input expressions that name none: "feel"
     *                              (DMN's default) or "juel" (a variable name evaluates the same)
     * @param jobVariableDetails    whether a variable the engine's own jobs set keeps every value in the
     *                              history (ACT_HI_DETAIL), or only its latest (ACT_HI_VARINST); what people
     *                              submit in forms and over the API always keeps every value
     */
    @ConfigurationProperties("servicedesk.engine")
    record Settings(@DefaultValue("true") boolean cachedFeel, @DefaultValue("feel") String dmnInputLanguage,
            @DefaultValue("true") boolean jobVariableDetails) {
    }

    private final Settings settings;

    EngineTuning(Settings settings) {
        this.settings = settings;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration() != null
                ? configuration.getDmnEngineConfiguration()
                : (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        if (settings.cachedFeel()) {
            dmn.setFeelEngineFactory(CachedFeelEngine.factory(dmn::getFeelCustomFunctionProviders));
        }
        dmn.setDefaultInputExpressionExpressionLanguage(settings.dmnInputLanguage());
        configuration.setDmnEngineConfiguration(dmn);

        if (!settings.jobVariableDetails()) {
            List<HistoryEventHandler> handlers = new ArrayList<>();
            handlers.add(new PeopleKeepVariableDetails());
            if (configuration.getCustomHistoryEventHandlers() != null) {
                handlers.addAll(configuration.getCustomHistoryEventHandlers());
            }
            configuration.setEnableDefaultDbHistoryEventHandler(false);
            configuration.setCustomHistoryEventHandlers(handlers);
        }
    }

    /** Full history, except that a variable a job sets keeps only its latest value (as history level "audit"). */
    static final class PeopleKeepVariableDetails extends DbHistoryEventHandler {

        @Override
        protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity historyEvent) {
            return super.shouldWriteHistoricDetail(historyEvent)
                    && Context.getCommandContext().getCurrentJob() == null;
        }
    }
}
