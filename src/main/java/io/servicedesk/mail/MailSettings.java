package io.servicedesk.mail;

import io.servicedesk.platform.ServiceDeskProperties;
import org.springframework.stereotype.Component;

/** Sender, delivery mode, and the Message-IDs that thread an incident's mails in the client's mail program. */
@Component
class MailSettings {

    private final String from;
    private final String domain;
    private final boolean smtp;

    MailSettings(ServiceDeskProperties properties) {
        this.from = properties.mail().from();
        this.domain = from.contains("@") ? from.substring(from.indexOf('@') + 1) : "servicedesk.local";
        this.smtp = "smtp".equalsIgnoreCase(properties.mail().delivery());
    }

    String from() {
        return from;
    }

    boolean deliversBySmtp() {
        return smtp;
    }

    /** The same key always gives the same Message-ID: a duplicate, if one ever slipped through, is recognisable. */
    String messageId(String dedupeKey) {
        return "<" + dedupeKey.replaceAll("[^A-Za-z0-9.-]", ".") + "@" + domain + ">";
    }

    /** The root every mail of the ticket refers to (In-Reply-To, References). */
    String threadId(String ticket, MailMessage.Thread thread) {
        return messageId(ticket + (thread == MailMessage.Thread.INTERNAL ? ".internal" : ".client"));
    }

    /** A subject is one line: CR, LF and other control characters from user text cannot add headers. */
    static String cleanSubject(String subject) {
        String clean = subject.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").replaceAll(" {2,}", " ").trim();
        return clean.length() > 300 ? clean.substring(0, 297) + "..." : clean;
    }
}
