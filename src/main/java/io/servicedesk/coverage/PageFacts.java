package io.servicedesk.coverage;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the "Page on-call" diagram asks about its page, from the page's record:
 * {@code ${paging.groups(execution)}} may acknowledge, until {@code ${paging.acknowledgeBy(execution)}}.
 */
@Component("paging")
public class PageFacts {

    private final PageDesk desk;

    PageFacts(PageDesk desk) {
        this.desk = desk;
    }

    /** Everybody paged so far, comma-separated (candidate groups of "Acknowledge page"). */
    public String groups(DelegateExecution execution) {
        return desk.page(CoverageVariables.pageId(execution)).getPagedGroups();
    }

    public Date acknowledgeBy(DelegateExecution execution) {
        return Date.from(desk.page(CoverageVariables.pageId(execution)).getAcknowledgeBy());
    }
}
