package io.servicedesk.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends a mail at most once per dedupe key: recorded, delivered, marked delivered. Called from process
 * steps behind an async continuation; an SMTP failure propagates, so the job is retried and, when the
 * retries are spent, becomes an incident in Cockpit that an operator retries.
 */
@Service
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final Outbox outbox;
    private final JavaMailSender sender;
    private final MailSettings settings;

    Mailer(Outbox outbox, JavaMailSender sender, MailSettings settings) {
        this.outbox = outbox;
        this.sender = sender;
        this.settings = settings;
    }

    /** Returns the recorded communication, delivered now or earlier. */
    public Communication send(MailMessage message) {
        if (message.recipients().isEmpty()) {
            throw new IllegalStateException("Nobody to send " + message.kind() + " of " + message.ticket()
                    + " to: the contract or group has no mail addresses");
        }
        Communication communication = outbox.prepare(message);
        if (communication.isDelivered()) {
            return communication;
        }
        if (settings.deliversBySmtp()) {
            sender.send(mime(communication));
            return outbox.delivered(communication.getId(), Communication.Status.SENT);
        }
        log.info("Mail delivery is off; recorded {} for {}: {}\n{}", communication.getKind(), message.ticket(),
                communication.getSubject(), communication.getBodyText());
        return outbox.delivered(communication.getId(), Communication.Status.LOGGED);
    }

    private MimeMessage mime(Communication communication) {
        try {
            MimeMessage mime = new FixedIdMimeMessage(sender.createMimeMessage().getSession(),
                    communication.getMessageId());
            MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
            helper.setFrom(settings.from());
            helper.setTo(InternetAddress.parse(communication.getRecipients(), true));
            helper.setSubject(communication.getSubject());
            helper.setText(communication.getBodyText(), communication.getBodyHtml());
            if (communication.getInReplyTo() != null) {
                mime.setHeader("In-Reply-To", communication.getInReplyTo());
                mime.setHeader("References", communication.getInReplyTo());
            }
            return mime;
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot build mail " + communication.getDedupeKey(), e);
        }
    }

    /** Keeps our Message-ID: JavaMail would replace it with a random one when the message is saved. */
    private static final class FixedIdMimeMessage extends MimeMessage {

        private final String messageId;

        FixedIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
