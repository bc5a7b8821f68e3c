package io.servicedesk.coverage;

import io.servicedesk.mail.MailMessage;
import io.servicedesk.mail.MailModels;
import io.servicedesk.mail.Recipients;
import io.servicedesk.incident.Incident;
import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.platform.ServiceDeskProperties;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The mails of after-hours handling: pages to on-call and their escalations. */
@Component
class PagingNotices {

    private final IncidentRegister register;
    private final Recipients recipients;
    private final MailModels models;
    private final String publicUrl;

    PagingNotices(IncidentRegister register, Recipients recipients, MailModels models,
            ServiceDeskProperties properties) {
        this.register = register;
        this.recipients = recipients;
        this.models = models;
        this.publicUrl = properties.publicUrl();
    }

    /** The page (level 0) or one of its escalations, to one group; each is sent once. */
    MailMessage page(String ticket, Page page, String group) {
        int level = page.getEscalations();
        Incident incident = register.get(ticket);
        Map<String, Object> model = model(incident);
        model.put("escalation", level > 0);
        model.put("group", group);
        model.put("tasklistUrl", publicUrl + "/camunda/app/tasklist/");
        String subject = "[" + incident.getPriority() + "] " + ticket + " " + model.get("clientName") + ": "
                + incident.getSummary() + (level > 0 ? " - escalated page" : " - on-call page");
        return new MailMessage(ticket, level > 0 ? "PAGE_ESCALATION" : "PAGE", ticket + ".page." + page.getId() + "." + level,
                recipients.team(group), subject, "page", model, MailMessage.Thread.INTERNAL, null);
    }

    private Map<String, Object> model(Incident incident) {
        return models.of(incident);
    }
}
