package io.servicedesk.coverage;

import io.servicedesk.contract.Contract;
import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.incident.Incident;
import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.incident.IncidentState;
import io.servicedesk.incident.TimelineEvent;
import io.servicedesk.platform.ServiceClock;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pages to on-call: opened to the contract's on-call group, escalated to the backup and then the duty
 * manager when nobody acknowledges in time, acknowledged by one person. Whoever acknowledges takes the
 * incident's open work; the accountable owner does not change because somebody else was paged.
 */
@Service
@Transactional
class PageDesk {

    /** The tasks somebody works the incident in: an acknowledged page hands them to the acknowledger. */
    static final String[] WORK_TASKS = {"Task_WorkIncident", "Task_EngineerIncident"};

    private final Pages pages;
    private final IncidentRegister register;
    private final ContractCatalog catalog;
    private final TaskService tasks;
    private final ServiceClock clock;

    PageDesk(Pages pages, IncidentRegister register, ContractCatalog catalog, TaskService tasks, ServiceClock clock) {
        this.pages = pages;
        this.register = register;
        this.catalog = catalog;
        this.tasks = tasks;
        this.clock = clock;
    }

    Page open(String ticket, PageReason reason) {
        Incident incident = register.get(ticket);
        Contract contract = catalog.contract(incident.getContractId());
        Instant now = clock.now();
        Page page = pages.save(new Page(incident.getNumber(), reason, contract.getOnCallGroup(), now,
                now.plus(Duration.ofMinutes(contract.getAckTimeoutMinutes()))));
        register.note(ticket, TimelineEvent.PAGED, "system", "On-call (" + contract.getOnCallGroup() + ") paged: "
                + (reason == PageReason.CARRY_ON ? "still open when the support window closed, covered after hours"
                : "after hours and covered by the contract") + "; to acknowledge within "
                + contract.getAckTimeoutMinutes() + " minutes");
        return page;
    }

    Page escalate(String ticket, long pageId) {
        Page page = page(pageId);
        Contract contract = catalog.contract(register.get(ticket).getContractId());
        String added = page.escalate(contract.getBackupOnCallGroup(), contract.getDutyManagerGroup(),
                clock.now().plus(Duration.ofMinutes(contract.getAckTimeoutMinutes())));
        register.note(ticket, TimelineEvent.PAGE_ESCALATED, "system",
                "Page not acknowledged in " + contract.getAckTimeoutMinutes() + " minutes: paged again to "
                        + String.join(", ", page.groups()) + (page.getEscalations() == 1 ? " (backup on-call "
                        + added + " added)" : page.getEscalations() == 2 ? " (duty manager added)" : " (reminder)"));
        return page;
    }

    void acknowledged(String ticket, long pageId, String who) {
        Page page = page(pageId);
        page.acknowledged(who, clock.now());
        register.pageAcknowledged(ticket, who);
        String onCall = catalog.contract(register.get(ticket).getContractId()).getOnCallGroup();
        // still open when the window closed: the work in hand goes to whoever carries it on tonight
        tasks.createTaskQuery().processInstanceBusinessKey(ticket).taskDefinitionKeyIn(WORK_TASKS).list()
                .forEach(task -> {
                    tasks.addCandidateGroup(task.getId(), onCall);
                    tasks.setAssignee(task.getId(), who);
                    register.workStarted(ticket, task.getName(), onCall, who, IncidentState.IN_PROGRESS);
                });
    }

    @Transactional(readOnly = true)
    Page page(long pageId) {
        return pages.findById(pageId).orElseThrow(() -> new IllegalStateException("No page " + pageId));
    }
}
