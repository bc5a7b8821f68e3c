package io.servicedesk.vendor;

import io.servicedesk.communication.MailMessage;
import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.incident.Incident;
import io.servicedesk.incident.IncidentRegister;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Mails to vendors: the case details, and chases when they are silent. */
@Component
class VendorNotices {

    private final IncidentRegister register;
    private final ContractCatalog catalog;

    VendorNotices(IncidentRegister register, ContractCatalog catalog) {
        this.register = register;
        this.catalog = catalog;
    }

    MailMessage caseDetails(String ticket, VendorCase vendorCase, String diagnosis, String request) {
        Map<String, Object> model = model(ticket, vendorCase);
        model.put("diagnosis", diagnosis == null ? "" : diagnosis);
        model.put("request", request == null ? "" : request);
        return new MailMessage(ticket, "VENDOR_CASE", ticket + ".vendor." + vendorCase.getId() + ".opened",
                List.of(vendorCase.getVendorEmail()), "[" + ticket + "] Your case " + vendorCase.getReference()
                + ": " + register.get(ticket).getSummary(), "vendor-case", model, MailMessage.Thread.INTERNAL, null);
    }

    MailMessage chase(String ticket, VendorCase vendorCase, int chase) {
        Map<String, Object> model = model(ticket, vendorCase);
        model.put("chase", chase);
        return new MailMessage(ticket, "VENDOR_CHASE", ticket + ".vendor." + vendorCase.getId() + ".chase." + chase,
                List.of(vendorCase.getVendorEmail()), "[" + ticket + "] Update needed on your case "
                + vendorCase.getReference(), "vendor-chase", model, MailMessage.Thread.INTERNAL, null);
    }

    private Map<String, Object> model(String ticket, VendorCase vendorCase) {
        Incident incident = register.get(ticket);
        Map<String, Object> model = new HashMap<>();
        model.put("ticket", ticket);
        model.put("vendorName", vendorCase.getVendorName());
        model.put("reference", vendorCase.getReference());
        model.put("clientName", catalog.client(incident.getClientId()).getName());
        model.put("priority", String.valueOf(incident.getPriority()));
        model.put("summary", incident.getSummary());
        model.put("owner", incident.getAccountableOwner());
        return model;
    }
}
