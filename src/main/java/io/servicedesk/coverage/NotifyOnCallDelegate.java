package io.servicedesk.coverage;

import io.servicedesk.mail.Mailer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Notify on-call": mails the page to the paged group at once. Runs as a job (async before); sent once. */
@Component
class NotifyOnCallDelegate implements JavaDelegate {

    private final PageDesk desk;
    private final PagingNotices notices;
    private final Mailer mailer;

    NotifyOnCallDelegate(PageDesk desk, PagingNotices notices, Mailer mailer) {
        this.desk = desk;
        this.notices = notices;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Page page = desk.page(CoverageVariables.pageId(execution));
        mailer.send(notices.page(execution.getProcessBusinessKey(), page, page.groups().get(0)));
    }
}
