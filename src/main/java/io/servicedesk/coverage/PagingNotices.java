package io.servicedesk.coverage;

import io.servicedesk.communication.MailMessage;
import io.servicedesk.communication.Recipients;
import io.servicedesk.contract.Contract;
import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.incident.Incident;
import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.platform.ServiceDeskProperties;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The mails of after-hours handling: pages to on-call (and their escalations), and the client's queue notice. */
@Component
class PagingNotices {

    private static final DateTimeFormatter FOR_PEOPLE = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy 'at' HH:mm",
            Locale.ENGLISH);

    private final IncidentRegister register;
    private final ContractCatalog catalog;
    private final Recipients recipients;
    private final String publicUrl;

    PagingNotices(IncidentRegister register, ContractCatalog catalog, Recipients recipients,
            ServiceDeskProperties properties) {
        this.register = register;
        this.catalog = catalog;
        this.recipients = recipients;
        this.publicUrl = properties.publicUrl();
    }

    MailMessage page(String ticket, String group, int check, int level) {
        Incident incident = register.get(ticket);
        Map<String, Object> model = model(incident);
        model.put("escalation", level > 0);
        model.put("group", group);
        model.put("tasklistUrl", publicUrl + "/camunda/app/tasklist/");
        String subject = "[" + incident.getPriority() + "] " + ticket + " " + model.get("clientName") + ": "
                + incident.getSummary() + (level > 0 ? " - escalated page" : " - on-call page");
        return new MailMessage(ticket, level > 0 ? "PAGE_ESCALATION" : "PAGE", ticket + ".page." + check + "." + level,
                recipients.team(group), subject, "page", model, MailMessage.Thread.INTERNAL, null);
    }

    MailMessage queued(String ticket, int check, Instant workStarts) {
        Incident incident = register.get(ticket);
        Contract contract = catalog.contract(incident.getContractId());
        ZonedDateTime local = workStarts.atZone(contract.zone());
        Map<String, Object> model = model(incident);
        model.put("workStarts", FOR_PEOPLE.format(local) + " ("
                + contract.zone().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ")");
        model.put("coverageReason", incident.getCoverageReason());
        model.put("p1CoveredAfterHours", contract.getAfterHoursCoverage().covers(io.servicedesk.contract.Priority.P1));
        String subject = "[" + ticket + "] Received: " + incident.getSummary();
        return new MailMessage(ticket, "QUEUED_NOTICE", ticket + ".queued." + check, recipients.client(incident),
                subject, "queued", model, MailMessage.Thread.CLIENT, null);
    }

    private Map<String, Object> model(Incident incident) {
        Map<String, Object> model = new HashMap<>();
        model.put("ticket", incident.ticket());
        model.put("clientName", catalog.client(incident.getClientId()).getName());
        model.put("priority", String.valueOf(incident.getPriority()));
        model.put("summary", incident.getSummary());
        model.put("reporterName", incident.getReporterName());
        model.put("owner", incident.getAccountableOwner());
        return model;
    }

    List<String> team(String group) {
        return recipients.team(group);
    }
}
