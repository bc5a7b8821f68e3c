package io.servicedesk.coverage;

import static io.servicedesk.coverage.CoverageVariables.COVERAGE_CHECK;
import static io.servicedesk.coverage.CoverageVariables.ESCALATED_GROUP;
import static io.servicedesk.coverage.CoverageVariables.ESCALATIONS;

import io.servicedesk.mail.Mailer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Notify escalation": mails the page to the group it was escalated to. Runs as a job (async before). */
@Component
class NotifyEscalationDelegate implements JavaDelegate {

    private final PagingNotices notices;
    private final Mailer mailer;

    NotifyEscalationDelegate(PagingNotices notices, Mailer mailer) {
        this.notices = notices;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mailer.send(notices.page(execution.getProcessBusinessKey(), (String) execution.getVariable(ESCALATED_GROUP),
                (Integer) execution.getVariable(COVERAGE_CHECK), (Integer) execution.getVariable(ESCALATIONS)));
    }
}
