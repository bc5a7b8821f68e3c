package io.servicedesk.coverage;

import static io.servicedesk.coverage.CoverageVariables.*;

import io.servicedesk.contract.Contract;
import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.incident.ProcessVariables;
import io.servicedesk.incident.TimelineEvent;
import io.servicedesk.platform.ServiceClock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Escalate page": nobody acknowledged in time, so the page goes out again to everybody paged so far
 * plus the next level: first the backup on-call, then the duty manager (who is reminded after that).
 * Whoever acknowledges first takes it; the accountable owner does not change because somebody else was paged.
 */
@Component
class EscalatePageDelegate implements JavaDelegate {

    private final ContractCatalog catalog;
    private final IncidentRegister register;
    private final ServiceClock clock;

    EscalatePageDelegate(ContractCatalog catalog, IncidentRegister register, ServiceClock clock) {
        this.catalog = catalog;
        this.register = register;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Contract contract = catalog.contract((String) execution.getVariable(ProcessVariables.CONTRACT_ID));
        int escalations = (Integer) execution.getVariable(ESCALATIONS) + 1;
        String group = escalations == 1 ? contract.getBackupOnCallGroup() : contract.getDutyManagerGroup();
        Set<String> paged = new LinkedHashSet<>(Arrays.asList(((String) execution.getVariable(PAGED_GROUPS)).split(",")));
        paged.add(group);

        execution.setVariable(ESCALATIONS, escalations);
        execution.setVariable(ESCALATED_GROUP, group);
        execution.setVariable(PAGED_GROUPS, String.join(",", paged));
        execution.setVariable(ACKNOWLEDGE_BY, Date.from(clock.now().plus(
                Duration.ofMinutes(contract.getAckTimeoutMinutes()))));
        register.note(execution.getProcessBusinessKey(), TimelineEvent.PAGE_ESCALATED, "system",
                "Page not acknowledged in " + contract.getAckTimeoutMinutes() + " minutes: paged again to "
                        + String.join(", ", paged) + (escalations == 1 ? " (backup on-call added)"
                        : escalations == 2 ? " (duty manager added)" : " (reminder)"));
    }
}
