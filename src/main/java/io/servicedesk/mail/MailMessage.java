package io.servicedesk.mail;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A mail to send for an incident.
 *
 * @param dedupeKey what makes it unique: the same key is never delivered twice, whatever retries happen
 * @param template  the name under templates/mail/ (both .html and .txt exist)
 * @param thread    CLIENT mails thread with the client's earlier mails about the ticket; INTERNAL with ours
 * @param dueAt     when it was promised (client updates); a later delivery is recorded as late
 */
public record MailMessage(String ticket, String kind, String dedupeKey, List<String> recipients, String subject,
        String template, Map<String, Object> model, Thread thread, Instant dueAt) {

    public enum Thread {
        CLIENT, INTERNAL
    }

    public MailMessage {
        recipients = List.copyOf(recipients);
        // values may be null (a P4 has no next update); templates handle that
        model = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(model));
    }
}
