package io.servicedesk.coverage;

import io.servicedesk.platform.CurrentActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record acknowledgement": who acknowledged and when; that person works the incident now, out of hours. */
@Component
class RecordAcknowledgementDelegate implements JavaDelegate {

    private final PageDesk desk;
    private final CurrentActor actor;

    RecordAcknowledgementDelegate(PageDesk desk, CurrentActor actor) {
        this.desk = desk;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        desk.acknowledged(execution.getProcessBusinessKey(), CoverageVariables.pageId(execution), actor.id());
    }
}
