package io.servicedesk.mail;

import io.servicedesk.incident.Incident;
import io.servicedesk.incident.IncidentSection;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** Every mail about the incident, with recipients, content and timeliness: also where the embedded demo shows mail. */
@Component
class CommunicationsSection implements IncidentSection {

    private final Communications communications;

    CommunicationsSection(Communications communications) {
        this.communications = communications;
    }

    record Entry(String kind, String recipients, String subject, String status, Instant createdAt, Instant sentAt,
            Instant dueAt, boolean late, String messageId, String text) {
    }

    @Override
    public String name() {
        return "communications";
    }

    @Override
    public List<Entry> of(Incident incident) {
        return communications.findByIncidentNumberOrderByCreatedAtAscIdAsc(incident.getNumber()).stream()
                .map(mail -> new Entry(mail.getKind(), mail.getRecipients(), mail.getSubject(), mail.getStatus().name(),
                        mail.getCreatedAt(), mail.getSentAt(), mail.getDueAt(), mail.isLate(), mail.getMessageId(),
                        mail.getBodyText()))
                .toList();
    }
}
