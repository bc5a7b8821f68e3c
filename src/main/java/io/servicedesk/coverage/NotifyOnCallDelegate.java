package io.servicedesk.coverage;

import static io.servicedesk.coverage.CoverageVariables.COVERAGE_CHECK;
import static io.servicedesk.coverage.CoverageVariables.ON_CALL_GROUP;

import io.servicedesk.mail.Mailer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Notify on-call": mails the page to the contract's on-call group at once. Runs as a job (async before). */
@Component
class NotifyOnCallDelegate implements JavaDelegate {

    private final PagingNotices notices;
    private final Mailer mailer;

    NotifyOnCallDelegate(PagingNotices notices, Mailer mailer) {
        this.notices = notices;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mailer.send(notices.page(execution.getProcessBusinessKey(), (String) execution.getVariable(ON_CALL_GROUP),
                (Integer) execution.getVariable(COVERAGE_CHECK), 0));
    }
}
