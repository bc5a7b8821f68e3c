package io.servicedesk.mail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a mail at most once per dedupe key. Called from process steps behind an async continuation: the
 * mail is recorded with the step and handed to the SMTP server when the step commits (see {@link Outbox}).
 * An SMTP failure fails that commit, so the job is retried and, when the retries are spent, becomes an
 * incident in Cockpit that an operator retries; a mail the server accepted is never sent again.
 */
@Service
public class Mailer {

    private final Outbox outbox;

    Mailer(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * Returns the recorded communication: delivered earlier, or delivered when the calling transaction
     * commits (at once when there is none).
     */
    @Transactional
    public Communication send(MailMessage message) {
        if (message.recipients().isEmpty()) {
            throw new IllegalStateException("Nobody to send " + message.kind() + " of " + message.ticket()
                    + " to: the contract or group has no mail addresses");
        }
        Communication communication = outbox.record(message);
        if (!communication.isDelivered()) {
            outbox.deliverOnCommit(communication);
        }
        return communication;
    }
}
