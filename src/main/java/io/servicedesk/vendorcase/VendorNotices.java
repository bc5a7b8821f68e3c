package io.servicedesk.vendorcase;

import io.servicedesk.mail.MailMessage;
import io.servicedesk.mail.MailModels;
import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.platform.ServiceDeskProperties;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Mails to vendors: the case details, and chases when they are silent. */
@Component
class VendorNotices {

    private final IncidentRegister register;
    private final MailModels models;
    private final String publicUrl;

    VendorNotices(IncidentRegister register, MailModels models, ServiceDeskProperties properties) {
        this.register = register;
        this.models = models;
        this.publicUrl = properties.publicUrl();
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

    /** To the accountable owner and the duty managers: the vendor stays silent; sent once per escalation. */
    MailMessage silent(String ticket, VendorCase vendorCase, List<String> to) {
        Map<String, Object> model = model(ticket, vendorCase);
        model.put("chases", vendorCase.getChases());
        model.put("tasklistUrl", publicUrl + "/camunda/app/tasklist/");
        return new MailMessage(ticket, "VENDOR_SILENT", ticket + ".vendor." + vendorCase.getId() + ".silent."
                + vendorCase.getEscalations(), to, "[" + model.get("priority") + "] " + ticket + ": "
                + vendorCase.getVendorName() + " silent on case " + vendorCase.getReference(), "vendor-silent", model,
                MailMessage.Thread.INTERNAL, null);
    }

    private Map<String, Object> model(String ticket, VendorCase vendorCase) {
        Map<String, Object> model = models.of(register.get(ticket));
        model.put("vendorName", vendorCase.getVendorName());
        model.put("reference", vendorCase.getReference());
        return model;
    }
}
