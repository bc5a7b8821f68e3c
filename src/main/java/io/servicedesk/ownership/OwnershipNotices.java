package io.servicedesk.ownership;

import io.servicedesk.mail.MailMessage;
import io.servicedesk.mail.MailModels;
import io.servicedesk.mail.Recipients;
import io.servicedesk.contract.Contract;
import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.incident.Incident;
import io.servicedesk.incident.IncidentRegister;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Mails of the ownership path: approval requests, "not offered" to the owner, the resolution notice. */
@Component
class OwnershipNotices {

    private final IncidentRegister register;
    private final ContractCatalog catalog;
    private final Recipients recipients;
    private final IdentityService identity;
    private final MailModels models;

    OwnershipNotices(IncidentRegister register, ContractCatalog catalog, Recipients recipients,
            IdentityService identity, MailModels models) {
        this.register = register;
        this.catalog = catalog;
        this.recipients = recipients;
        this.identity = identity;
        this.models = models;
    }

    MailMessage approvalRequest(String ticket, long requestId, String service, String reason) {
        Incident incident = register.get(ticket);
        Map<String, Object> model = model(incident);
        model.put("service", service);
        model.put("reason", reason);
        return new MailMessage(ticket, "APPROVAL_REQUEST", ticket + ".approval." + requestId,
                recipients.client(incident), "[" + ticket + "] Your approval needed: " + service,
                "approval-request", model, MailMessage.Thread.CLIENT, null);
    }

    MailMessage notOffered(String ticket, long requestId, String service, String reason) {
        Incident incident = register.get(ticket);
        Map<String, Object> model = model(incident);
        model.put("service", service);
        model.put("reason", reason);
        User owner = identity.createUserQuery().userId(incident.getAccountableOwner()).singleResult();
        List<String> to = owner == null || owner.getEmail() == null ? List.of() : List.of(owner.getEmail());
        return new MailMessage(ticket, "NOT_OFFERED", ticket + ".notoffered." + requestId, to,
                "[" + ticket + "] " + service + " is not offered by the contract: find another path",
                "not-offered", model, MailMessage.Thread.INTERNAL, null);
    }

    MailMessage resolved(String ticket, String resolution, Instant autoCloseAt) {
        Incident incident = register.get(ticket);
        Contract contract = catalog.contract(incident.getContractId());
        Map<String, Object> model = model(incident);
        model.put("resolution", resolution);
        model.put("autoClose", models.forPeople(autoCloseAt, contract));
        return new MailMessage(ticket, "RESOLUTION", ticket + ".resolved", recipients.client(incident),
                "[" + ticket + "] Resolved: " + incident.getSummary(), "resolved", model, MailMessage.Thread.CLIENT,
                null);
    }

    private Map<String, Object> model(Incident incident) {
        return models.of(incident);
    }
}
