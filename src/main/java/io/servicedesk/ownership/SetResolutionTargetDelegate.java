package io.servicedesk.ownership;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Set resolution target": the contract's resolution target for the priority becomes the incident's due time. */
@Component
class SetResolutionTargetDelegate implements JavaDelegate {

    private final ResolutionTargets targets;

    SetResolutionTargetDelegate(ResolutionTargets targets) {
        this.targets = targets;
    }

    @Override
    public void execute(DelegateExecution execution) {
        targets.set(execution.getProcessBusinessKey());
    }
}
