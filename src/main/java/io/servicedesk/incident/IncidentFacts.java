package io.servicedesk.incident;

import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.contract.Priority;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the diagrams ask about an incident, answered from its record (by business key = ticket), never
 * from process variables a task holder could rewrite. Used in gateway conditions, timers and the
 * decision tables' input mappings, e.g. {@code ${incidentFacts.wasEverP1(execution)}}.
 */
@Component("incidentFacts")
public class IncidentFacts {

    private final IncidentRegister register;
    private final ContractCatalog catalog;

    IncidentFacts(IncidentRegister register, ContractCatalog catalog) {
        this.register = register;
        this.catalog = catalog;
    }

    /** The incident of the process this execution belongs to; every diagram carries the ticket as business key. */
    public Incident of(DelegateExecution execution) {
        return register.get(execution.getProcessBusinessKey());
    }

    public String priority(DelegateExecution execution) {
        Priority priority = of(execution).getPriority();
        return priority == null ? null : priority.name();
    }

    /** Triage found the signals missing or contradictory: a dispatcher reviews. */
    public boolean awaitsTriageReview(DelegateExecution execution) {
        return of(execution).getState() == IncidentState.AWAITING_TRIAGE_REVIEW;
    }

    /** P1 at any time, also if it was lowered later: every such incident gets its post-incident review. */
    public boolean wasEverP1(DelegateExecution execution) {
        return of(execution).getHighestPriority() == Priority.P1;
    }

    /** The coverage decision: WORK_NOW, PAGE_ON_CALL or QUEUE_FOR_WINDOW. */
    public String coverage(DelegateExecution execution) {
        return of(execution).getCoverageAction();
    }

    public Date windowOpensAt(DelegateExecution execution) {
        return date(of(execution).getWindowOpensAt());
    }

    public Date responseDueAt(DelegateExecution execution) {
        return date(of(execution).getResponseDueAt());
    }

    // the report's signals: inputs of the triage decision table

    public Boolean criticalOperationsDown(DelegateExecution execution) {
        return of(execution).getCriticalOperationsDown();
    }

    public Integer usersBlocked(DelegateExecution execution) {
        return of(execution).getUsersBlocked();
    }

    public Boolean containmentRequired(DelegateExecution execution) {
        return of(execution).getContainmentRequired();
    }

    /** HIGH, MEDIUM or LOW as the contract's asset register rates the system; null when none was named. */
    public String assetCriticality(DelegateExecution execution) {
        Incident incident = of(execution);
        return incident.getAssetId() == null ? null : catalog.findAsset(incident.getAssetId())
                .map(asset -> asset.getCriticality().name()).orElse(null);
    }

    private static Date date(Instant at) {
        return at == null ? null : Date.from(at);
    }
}
