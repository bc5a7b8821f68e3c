package io.servicedesk.triage;

import io.servicedesk.contract.Contract;
import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.incident.Incident;
import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.mail.MailMessage;
import io.servicedesk.mail.MailModels;
import io.servicedesk.mail.Recipients;
import io.servicedesk.platform.ServiceDeskProperties;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Mails of triage: the client's holding acknowledgement, and the overdue review to whoever is asked to do it. */
@Component
class TriageNotices {

    private final IncidentRegister register;
    private final ContractCatalog catalog;
    private final Recipients recipients;
    private final MailModels models;
    private final TriageReview review;
    private final String publicUrl;

    TriageNotices(IncidentRegister register, ContractCatalog catalog, Recipients recipients, MailModels models,
            TriageReview review, ServiceDeskProperties properties) {
        this.register = register;
        this.catalog = catalog;
        this.recipients = recipients;
        this.models = models;
        this.review = review;
        this.publicUrl = properties.publicUrl();
    }

    /** "Received, being assessed, you hear from us by ...": sent at once, not after a dispatcher looked. */
    MailMessage holdingAcknowledgement(String ticket) {
        Incident incident = register.get(ticket);
        Contract contract = catalog.contract(incident.getContractId());
        Map<String, Object> model = models.of(incident);
        model.put("assessedBy", models.forPeople(incident.getTriageReviewDueAt(), contract));
        return new MailMessage(ticket, "HOLDING_ACKNOWLEDGEMENT", ticket + ".holding", recipients.client(incident),
                "[" + ticket + "] Received, being assessed: " + incident.getSummary(), "holding-acknowledgement",
                model, MailMessage.Thread.CLIENT, null);
    }

    /** The review is overdue: to the group the last escalation asked; sent once per escalation. */
    MailMessage reviewOverdue(String ticket) {
        Incident incident = register.get(ticket);
        Contract contract = catalog.contract(incident.getContractId());
        String group = incident.getTriageReviewEscalatedTo();
        boolean page = review.isPage(incident, group);
        Map<String, Object> model = models.of(incident);
        model.put("group", group);
        model.put("page", page);
        model.put("reason", incident.getTriageReason());
        model.put("due", models.forPeople(incident.getTriageReviewDueAt(), contract));
        model.put("tasklistUrl", publicUrl + "/camunda/app/tasklist/");
        return new MailMessage(ticket, page ? "PAGE" : "TRIAGE_REVIEW_OVERDUE",
                ticket + ".review." + incident.getTriageReviewEscalations(), recipients.team(group),
                "[" + incident.getPriority() + "?] " + ticket + " " + model.get("clientName")
                        + ": triage review overdue" + (page ? " - on-call page" : ""),
                "review-overdue", model, MailMessage.Thread.INTERNAL, null);
    }
}
