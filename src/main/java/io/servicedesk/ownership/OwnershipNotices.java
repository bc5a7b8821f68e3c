package io.servicedesk.ownership;

import io.servicedesk.mail.MailMessage;
import io.servicedesk.mail.MailModels;
import io.servicedesk.mail.Recipients;
import io.servicedesk.contract.Contract;
import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.incident.Incident;
import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.platform.ServiceDeskProperties;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Mails of the ownership path: approval requests, "not offered" to the owner, the resolution notice. */
@Component
class OwnershipNotices {

    private final IncidentRegister register;
    private final ContractCatalog catalog;
    private final Recipients recipients;
    private final MailModels models;
    private final ConfirmationPeriod confirmationPeriod;
    private final String publicUrl;

    OwnershipNotices(IncidentRegister register, ContractCatalog catalog, Recipients recipients,
            MailModels models, ConfirmationPeriod confirmationPeriod,
            ServiceDeskProperties properties) {
        this.publicUrl = properties.publicUrl();
        this.register = register;
        this.catalog = catalog;
        this.recipients = recipients;
        this.models = models;
        this.confirmationPeriod = confirmationPeriod;
    }

    MailMessage approvalRequest(String ticket, ScopedServiceRequest request) {
        Incident incident = register.get(ticket);
        Map<String, Object> model = model(incident);
        model.put("service", request.getService().name());
        model.put("reason", request.getReason());
        return new MailMessage(ticket, "APPROVAL_REQUEST", ticket + ".approval." + request.getId(),
                recipients.client(incident), "[" + ticket + "] Your approval needed: " + request.getService(),
                "approval-request", model, MailMessage.Thread.CLIENT, null);
    }

    MailMessage notOffered(String ticket, ScopedServiceRequest request) {
        Incident incident = register.get(ticket);
        Map<String, Object> model = model(incident);
        String service = request.getService().name();
        model.put("service", service);
        model.put("reason", request.getReason());
        List<String> to = recipients.user(incident.getAccountableOwner());
        return new MailMessage(ticket, "NOT_OFFERED", ticket + ".notoffered." + request.getId(), to,
                "[" + ticket + "] " + service + " is not offered by the contract: find another path",
                "not-offered", model, MailMessage.Thread.INTERNAL, null);
    }

    MailMessage resolved(String ticket) {
        Incident incident = register.get(ticket);
        Contract contract = catalog.contract(incident.getContractId());
        Map<String, Object> model = model(incident);
        model.put("resolution", incident.getResolution());
        model.put("autoClose", models.forPeople(confirmationPeriod.endsAt(incident), contract));
        return new MailMessage(ticket, "RESOLUTION", ticket + ".resolved", recipients.client(incident),
                "[" + ticket + "] Resolved: " + incident.getSummary(), "resolved", model, MailMessage.Thread.CLIENT,
                null);
    }

    MailMessage resolutionBreach(String ticket) {
        Incident incident = register.get(ticket);
        Contract contract = catalog.contract(incident.getContractId());
        Map<String, Object> model = model(incident);
        model.put("due", models.forPeople(incident.getResolutionDueAt(), contract));
        model.put("publicUrl", publicUrl);
        return new MailMessage(ticket, "RESOLUTION_BREACH", ticket + ".breach." + incident.getResolutionDueAt().getEpochSecond(),
                recipients.team(contract.getDutyManagerGroup()), "[" + incident.getPriority() + "] " + ticket
                + ": resolution target passed", "resolution-breach", model, MailMessage.Thread.INTERNAL, null);
    }

    MailMessage followUpLate(String ticket, FollowUpAction action) {
        Incident incident = register.get(ticket);
        Contract contract = catalog.contract(incident.getContractId());
        Map<String, Object> model = model(incident);
        model.put("action", action.getAction());
        model.put("actionOwner", action.getOwner());
        model.put("due", action.getDueOn().toString());
        model.put("chase", action.getChases());
        model.put("tasklistUrl", publicUrl + "/camunda/app/tasklist/");
        List<String> to = recipients.userAndTeam(action.getOwner(), contract.getDutyManagerGroup());
        return new MailMessage(ticket, "FOLLOW_UP_LATE", ticket + ".followup." + action.getId() + "." + action.getChases(),
                to, "[" + ticket + "] Follow-up action late: " + action.getAction(), "follow-up-late", model,
                MailMessage.Thread.INTERNAL, null);
    }

    private Map<String, Object> model(Incident incident) {
        return models.of(incident);
    }
}
