package io.servicedesk.mail;

import io.servicedesk.incident.Incident;
import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.incident.TimelineEvent;
import io.servicedesk.platform.ServiceClock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of every mail, written in transactions of its own: a mail is recorded before it leaves
 * and marked delivered right after, independently of the process step that asked for it. A step that
 * is retried after the SMTP server accepted its mail finds it delivered and sends nothing.
 */
@Service
class Outbox {

    private final Communications communications;
    private final IncidentRegister register;
    private final MailTemplates templates;
    private final ServiceClock clock;
    private final MailSettings settings;

    Outbox(Communications communications, IncidentRegister register, MailTemplates templates, ServiceClock clock,
            MailSettings settings) {
        this.communications = communications;
        this.register = register;
        this.templates = templates;
        this.clock = clock;
        this.settings = settings;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Communication prepare(MailMessage message) {
        return communications.findByDedupeKey(message.dedupeKey()).orElseGet(() -> {
            Incident incident = register.get(message.ticket());
            MailTemplates.Rendered body = templates.render(message.template(), message.model());
            String thread = settings.threadId(message.ticket(), message.thread());
            String messageId = settings.messageId(message.dedupeKey());
            return communications.saveAndFlush(new Communication(incident.getNumber(), message.kind(),
                    message.dedupeKey(), String.join(", ", message.recipients()),
                    MailSettings.cleanSubject(message.subject()), body.text(), body.html(), messageId,
                    messageId.equals(thread) ? null : thread, message.dueAt(), clock.now()));
        });
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Communication delivered(Long id, Communication.Status status) {
        Communication communication = communications.findById(id).orElseThrow();
        Instant now = clock.now();
        communication.delivered(status, now);
        Incident incident = register.getByNumber(communication.getIncidentNumber());
        register.note(incident.ticket(), TimelineEvent.MAIL_SENT, "system",
                (status == Communication.Status.LOGGED ? "Mail recorded (delivery off) for " : "Mail sent to ")
                        + communication.getRecipients() + ": " + communication.getSubject()
                        + (communication.isLate() ? " (late: due " + communication.getDueAt() + ")" : ""));
        return communication;
    }
}
