package io.servicedesk.communication;

import io.servicedesk.mail.MailMessage;
import io.servicedesk.mail.MailModels;
import io.servicedesk.mail.Recipients;

import io.servicedesk.contract.Contract;
import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.contract.Priority;
import io.servicedesk.incident.Incident;
import io.servicedesk.incident.IncidentRegister;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The client's mails about an incident: the acknowledgement and the timed updates; the duty manager's late alert. */
@Component
class ClientNotices {

    private final IncidentRegister register;
    private final ContractCatalog catalog;
    private final Recipients recipients;
    private final MailModels models;

    ClientNotices(IncidentRegister register, ContractCatalog catalog, Recipients recipients, MailModels models) {
        this.register = register;
        this.catalog = catalog;
        this.recipients = recipients;
        this.models = models;
    }

    /** What happens next depends on coverage: worked now, on-call paged, or queued until the window opens. */
    MailMessage acknowledgement(String ticket, int check, String coverageAction, Instant windowOpensAt,
            Instant nextUpdate) {
        Incident incident = register.get(ticket);
        Contract contract = catalog.contract(incident.getContractId());
        Map<String, Object> model = model(incident, contract);
        model.put("action", coverageAction);
        model.put("workStarts", local(windowOpensAt, contract));
        model.put("nextUpdate", nextUpdate == null ? null : local(nextUpdate, contract));
        model.put("p1CoveredAfterHours", contract.getAfterHoursCoverage().covers(Priority.P1));
        return new MailMessage(ticket, "ACKNOWLEDGEMENT", ticket + ".ack." + check, recipients.client(incident),
                "[" + ticket + "] Received: " + incident.getSummary(), "acknowledgement", model,
                MailMessage.Thread.CLIENT, null);
    }

    MailMessage update(String ticket, int number, String known, String checking, String nextAction,
            Instant nextUpdate, Instant dueAt) {
        Incident incident = register.get(ticket);
        Contract contract = catalog.contract(incident.getContractId());
        Map<String, Object> model = model(incident, contract);
        model.put("number", number);
        model.put("known", known);
        model.put("checking", checking);
        model.put("nextAction", nextAction);
        model.put("nextUpdate", local(nextUpdate, contract));
        return new MailMessage(ticket, "CLIENT_UPDATE", ticket + ".update." + number, recipients.client(incident),
                "[" + ticket + "] Update " + number + ": " + incident.getSummary(), "client-update", model,
                MailMessage.Thread.CLIENT, dueAt);
    }

    MailMessage lateUpdate(String ticket, int number, Instant dueAt, String group) {
        Incident incident = register.get(ticket);
        Contract contract = catalog.contract(incident.getContractId());
        Map<String, Object> model = model(incident, contract);
        model.put("number", number);
        model.put("due", local(dueAt, contract));
        return new MailMessage(ticket, "LATE_UPDATE", ticket + ".late." + number, recipients.team(group),
                "[" + incident.getPriority() + "] " + ticket + ": client update " + number + " is late",
                "late-update", model, MailMessage.Thread.INTERNAL, null);
    }

    private Map<String, Object> model(Incident incident, Contract contract) {
        return models.of(incident);
    }

    private String local(Instant at, Contract contract) {
        return models.forPeople(at, contract);
    }
}
