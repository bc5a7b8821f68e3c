package io.servicedesk.coverage;

import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.incident.Incident;
import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.incident.TimelineEvent;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Check overnight cover": the support window closed while the incident is open. Covered after hours,
 * on-call carries it on; a P1 the contract does not cover waits, and the client hears when work resumes.
 */
@Component
class CheckOvernightCoverDelegate implements JavaDelegate {

    private final CoverageFacts facts;
    private final IncidentRegister register;
    private final ContractCatalog catalog;

    CheckOvernightCoverDelegate(CoverageFacts facts, IncidentRegister register, ContractCatalog catalog) {
        this.facts = facts;
        this.register = register;
        this.catalog = catalog;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Incident incident = register.get(execution.getProcessBusinessKey());
        String coverage = catalog.contract(incident.getContractId()).getAfterHoursCoverage().name();
        switch (facts.overnight(incident)) {
            case PAGE_ON_CALL -> register.note(incident.ticket(), TimelineEvent.OVERNIGHT_COVER, "system",
                    "Support window closed with " + incident.getPriority() + " open; after-hours coverage " + coverage
                            + " covers it: on-call is paged to carry it on");
            case TELL_CLIENT -> register.note(incident.ticket(), TimelineEvent.OVERNIGHT_COVER, "system",
                    "Support window closed with the P1 open; after-hours coverage " + coverage
                            + " does not cover it: the client is told when work resumes");
            case NOTHING, NO_LONGER_OPEN -> { }
        }
    }
}
