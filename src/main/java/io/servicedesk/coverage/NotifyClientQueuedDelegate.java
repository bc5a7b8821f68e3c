package io.servicedesk.coverage;

import static io.servicedesk.coverage.CoverageVariables.COVERAGE_CHECK;
import static io.servicedesk.coverage.CoverageVariables.WINDOW_OPENS_AT;

import io.servicedesk.communication.Mailer;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Tell client when work starts": received, priority, the window's opening in the client's time, how to raise a P1. */
@Component
class NotifyClientQueuedDelegate implements JavaDelegate {

    private final PagingNotices notices;
    private final Mailer mailer;

    NotifyClientQueuedDelegate(PagingNotices notices, Mailer mailer) {
        this.notices = notices;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mailer.send(notices.queued(execution.getProcessBusinessKey(), (Integer) execution.getVariable(COVERAGE_CHECK),
                ((Date) execution.getVariable(WINDOW_OPENS_AT)).toInstant()));
    }
}
