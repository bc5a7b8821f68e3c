package io.servicedesk.vendorcase;

import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.incident.Incident;
import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.mail.Mailer;
import io.servicedesk.mail.Recipients;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Alert owner and duty manager": a mail to both about the silent vendor. Job; sent once per escalation. */
@Component
class NotifySilentVendorDelegate implements JavaDelegate {

    private final VendorDesk desk;
    private final VendorNotices notices;
    private final IncidentRegister register;
    private final ContractCatalog catalog;
    private final Recipients recipients;
    private final Mailer mailer;

    NotifySilentVendorDelegate(VendorDesk desk, VendorNotices notices, IncidentRegister register,
            ContractCatalog catalog, Recipients recipients, Mailer mailer) {
        this.desk = desk;
        this.notices = notices;
        this.register = register;
        this.catalog = catalog;
        this.recipients = recipients;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String ticket = execution.getProcessBusinessKey();
        Incident incident = register.get(ticket);
        List<String> to = recipients.userAndTeam(incident.getAccountableOwner(),
                catalog.contract(incident.getContractId()).getDutyManagerGroup());
        mailer.send(notices.silent(ticket, desk.find(ticket, VendorVariables.caseReference(execution)), to));
    }
}
