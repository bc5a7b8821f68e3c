package io.servicedesk.communication;

import io.servicedesk.mail.MailMessage;
import io.servicedesk.mail.MailModels;
import io.servicedesk.mail.Recipients;

import io.servicedesk.contract.Contract;
import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.contract.ContractWindows;
import io.servicedesk.contract.SupportCalendar;
import io.servicedesk.platform.ServiceClock;
import io.servicedesk.platform.ServiceDeskProperties;
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
    private final ClientUpdates updates;
    private final ContractWindows windows;
    private final SupportCalendar calendar;
    private final String publicUrl;
    private final ServiceClock clock;

    ClientNotices(IncidentRegister register, ContractCatalog catalog, Recipients recipients, MailModels models,
            ClientUpdates updates, ContractWindows windows, SupportCalendar calendar,
            ServiceDeskProperties properties, ServiceClock clock) {
        this.clock = clock;
        this.register = register;
        this.catalog = catalog;
        this.recipients = recipients;
        this.models = models;
        this.updates = updates;
        this.windows = windows;
        this.calendar = calendar;
        this.publicUrl = properties.publicUrl();
    }

    private Instant nextOpening(Contract contract, Instant from) {
        return calendar.nextOpening(windows.of(contract), from);
    }

    /**
     * What happens next depends on coverage: worked now, on-call paged, or queued until the window opens;
     * sent once per coverage decision.
     */
    MailMessage acknowledgement(String ticket) {
        Incident incident = register.get(ticket);
        Contract contract = catalog.contract(incident.getContractId());
        UpdateSchedule schedule = updates.current(ticket);
        Map<String, Object> model = model(incident, contract);
        model.put("action", incident.getCoverageAction());
        model.put("workStarts", local(incident.getWindowOpensAt(), contract));
        model.put("nextUpdate", schedule.isScheduled() ? local(schedule.getDueAt(), contract) : null);
        model.put("p1CoveredAfterHours", contract.getAfterHoursCoverage().covers(Priority.P1));
        return new MailMessage(ticket, "ACKNOWLEDGEMENT", ticket + ".ack." + incident.getCoverageChecks(),
                recipients.client(incident),
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

    /**
     * To the accountable owner, once per night: the updates go to whoever covers the incident after hours;
     * the owner stays accountable.
     */
    MailMessage nightCover(String ticket, UpdateSchedule update, String writer, String owner) {
        Incident incident = register.get(ticket);
        Contract contract = catalog.contract(incident.getContractId());
        Map<String, Object> model = model(incident, contract);
        model.put("writer", writer);
        model.put("number", update.getUpdateNumber());
        model.put("due", local(update.getDueAt(), contract));
        model.put("publicUrl", publicUrl);
        // one per night: the night is named by the moment the window opens again
        long night = nextOpening(contract, update.getDueAt()).getEpochSecond();
        return new MailMessage(ticket, "NIGHT_COVER", ticket + ".nightcover." + night, recipients.user(owner),
                "[" + incident.getPriority() + "] " + ticket + ": client updates go to " + writer + " tonight",
                "night-cover", model, MailMessage.Thread.INTERNAL, null);
    }

    /** A P1 the contract does not cover after hours, open when the window closes: when work resumes. */
    MailMessage workResumes(String ticket) {
        Incident incident = register.get(ticket);
        Contract contract = catalog.contract(incident.getContractId());
        Instant resumes = nextOpening(contract, clock.now());
        Map<String, Object> model = model(incident, contract);
        model.put("workResumes", local(resumes, contract));
        return new MailMessage(ticket, "WORK_RESUMES", ticket + ".resumes." + resumes.getEpochSecond(),
                recipients.client(incident), "[" + ticket + "] Open overnight, work resumes " + local(resumes, contract),
                "work-resumes", model, MailMessage.Thread.CLIENT, null);
    }

    MailMessage lateUpdate(String ticket, int number, Instant dueAt) {
        Incident incident = register.get(ticket);
        Contract contract = catalog.contract(incident.getContractId());
        String group = contract.getDutyManagerGroup();
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
