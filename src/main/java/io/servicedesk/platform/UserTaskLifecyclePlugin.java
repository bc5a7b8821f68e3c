package io.servicedesk.platform;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Hooks every user task of every deployed diagram, so no process owner can forget a listener: the
 * incident record follows who works it and every completion lands on the timeline.
 */
@Component
class UserTaskLifecyclePlugin extends AbstractProcessEnginePlugin {

    // resolved late: the observers need beans that need the engine this plugin helps build
    private final ObjectProvider<UserTaskObserver> observers;

    UserTaskLifecyclePlugin(ObjectProvider<UserTaskObserver> observers) {
        this.observers = observers;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    TaskDefinition definition = behavior.getTaskDefinition();
                    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE,
                            task -> observers.orderedStream().forEach(observer -> observer.created(task)));
                    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT,
                            task -> observers.orderedStream().forEach(observer -> observer.assigned(task)));
                    definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE,
                            task -> observers.orderedStream().forEach(observer -> observer.completed(task)));
                }
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }
}
