package io.servicedesk.mail;

import io.servicedesk.contract.Contract;
import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.incident.Incident;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What every incident mail can say (ticket, client, priority, summary, reporter, owner), and times written for people. */
@Component
public class MailModels {

    private static final DateTimeFormatter FOR_PEOPLE = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy 'at' HH:mm",
            Locale.ENGLISH);

    private final ContractCatalog catalog;

    MailModels(ContractCatalog catalog) {
        this.catalog = catalog;
    }

    /** A fresh, mutable model with the incident's basics; callers add what their template needs. */
    public Map<String, Object> of(Incident incident) {
        Map<String, Object> model = new HashMap<>();
        model.put("ticket", incident.ticket());
        model.put("clientName", catalog.client(incident.getClientId()).getName());
        model.put("priority", String.valueOf(incident.getPriority()));
        model.put("summary", incident.getSummary());
        model.put("reporterName", incident.getReporterName());
        model.put("owner", incident.getAccountableOwner());
        return model;
    }

    /** "Monday, 30 November 2026 at 08:00 (Pacific Time)": in the contract's zone, as a person reads it. */
    public String forPeople(Instant at, Contract contract) {
        return FOR_PEOPLE.format(at.atZone(contract.zone())) + " ("
                + contract.zone().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ")";
    }
}
