package io.servicedesk.triage;

import io.servicedesk.contract.Contract;
import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.contract.ContractTime;
import io.servicedesk.incident.Incident;
import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.incident.ProcessDisplay;
import io.servicedesk.platform.ServiceClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record triage": writes the decision table's verdict to the incident. Clear cases get the contract's
 * default owner at once; unclear ones wait for a dispatcher, with the verdict and the default owner
 * pre-filled in the review form, due by the contract's acknowledgement target (counted as the contract
 * counts the suggested priority: around the clock when it is covered after hours).
 */
@Component
class RecordTriageDelegate implements JavaDelegate {

    private final IncidentRegister register;
    private final ContractCatalog catalog;
    private final ProcessDisplay display;
    private final ContractTime time;
    private final ServiceClock clock;

    RecordTriageDelegate(IncidentRegister register, ContractCatalog catalog, ProcessDisplay display,
            ContractTime time, ServiceClock clock) {
        this.register = register;
        this.catalog = catalog;
        this.display = display;
        this.time = time;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String ticket = execution.getProcessBusinessKey();
        TriageVariables.Verdict verdict = TriageVariables.verdict(execution);
        Incident incident = register.get(ticket);
        Contract contract = catalog.contract(incident.getContractId());
        String owner = contract.getDefaultOwner();
        if (verdict.reviewRequired()) {
            TriageVariables.suggest(execution, verdict.priority(), owner, verdict.reason());
            register.awaitTriageReview(ticket, verdict.priority(), verdict.reason(), owner, time.plus(contract,
                    verdict.priority(), clock.now(), contract.getAcknowledgementTargetMinutes()));
        } else {
            register.triaged(ticket, verdict.priority(), verdict.reason(), owner);
        }
        display.priority(ticket, verdict.priority());
    }
}
