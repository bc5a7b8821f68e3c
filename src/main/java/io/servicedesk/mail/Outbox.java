package io.servicedesk.mail;

import io.servicedesk.incident.Incident;
import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.incident.TimelineEvent;
import io.servicedesk.platform.DurableAcknowledgements;
import io.servicedesk.platform.JobFailureObserver;
import io.servicedesk.platform.ServiceClock;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The record of every mail, written in the transaction of the process step that asks for it; the mail
 * leaves when that transaction commits, after everything else in it is written. So a job holds one pool
 * connection and never waits for a second (a separate outbox transaction did, and ten busy job threads
 * deadlocked a pool of ten), and a step that fails before its commit sends nothing.
 *
 * <p>Between the hand-over and that commit the SMTP server's acceptance is on record apart from the step
 * ({@link MailReceipts}): a node that dies in that moment leaves a retry that finds the receipt and sends nothing.
 *
 * <p>What a rolled-back transaction cannot keep, the job's failure handling writes (same thread, next
 * transaction, one connection): a mail the SMTP server accepted stays recorded as sent, so the retry sends
 * nothing; a mail it refused stays recorded as pending, so the incident shows what waits for delivery.
 */
@Service
class Outbox implements JobFailureObserver {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    /** Mails of this thread's last rolled-back transaction, for the job failure handling that follows it. */
    private static final ThreadLocal<List<Communication>> UNRECORDED = new ThreadLocal<>();

    private final Communications communications;
    private final IncidentRegister register;
    private final MailTemplates templates;
    private final ServiceClock clock;
    private final MailSettings settings;
    private final JavaMailSender sender;
    private final EntityManager entityManager;
    private final DurableAcknowledgements durability;
    private final MailReceipts receipts;

    Outbox(Communications communications, IncidentRegister register, MailTemplates templates, ServiceClock clock,
            MailSettings settings, JavaMailSender sender, EntityManager entityManager,
            DurableAcknowledgements durability, MailReceipts receipts) {
        this.communications = communications;
        this.register = register;
        this.templates = templates;
        this.clock = clock;
        this.settings = settings;
        this.sender = sender;
        this.entityManager = entityManager;
        this.durability = durability;
        this.receipts = receipts;
    }

    /** The mail with this dedupe key as recorded earlier, or rendered and recorded now (not yet delivered). */
    Communication record(MailMessage message) {
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

    /** Delivers the recorded mail when the current transaction commits. */
    void deliverOnCommit(Communication communication) {
        Outgoing outgoing = (Outgoing) TransactionSynchronizationManager.getResource(this);
        if (outgoing == null) {
            outgoing = new Outgoing();
            TransactionSynchronizationManager.bindResource(this, outgoing);
            TransactionSynchronizationManager.registerSynchronization(outgoing);
        }
        outgoing.mails.putIfAbsent(communication.getId(), communication);
    }

    @Override
    public void jobFailed(Throwable failure) {
        List<Communication> unrecorded = UNRECORDED.get();
        UNRECORDED.remove();
        if (unrecorded == null) {
            return;
        }
        for (Communication mail : unrecorded) {
            if (communications.findByDedupeKey(mail.getDedupeKey()).isEmpty()) {
                communications.save(mail);
                if (mail.isDelivered()) {
                    noteDelivered(mail);
                }
            }
        }
    }

    /** The mails of one transaction, delivered in the order asked for, as its last step before the commit. */
    private final class Outgoing implements TransactionSynchronization {

        private final Map<Long, Communication> mails = new LinkedHashMap<>();
        /** Taken by the SMTP server in this transaction: sent, whatever becomes of the transaction. */
        private final List<Communication> accepted = new ArrayList<>();
        private boolean refused;

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            // the step's own writes fail here, before any mail leaves, if they are going to fail at all
            entityManager.flush();
            for (Long id : mails.keySet()) {
                Communication mail = entityManager.find(Communication.class, id);
                // a concurrent step with the same dedupe key waits here until this one is done, then skips
                entityManager.refresh(mail, LockModeType.PESSIMISTIC_WRITE);
                if (!mail.isDelivered()) {
                    deliver(mail);
                }
            }
        }

        private void deliver(Communication mail) {
            boolean smtp = settings.deliversBySmtp();
            mail.delivered(smtp ? Communication.Status.SENT : Communication.Status.LOGGED, clock.now());
            noteDelivered(mail);
            entityManager.flush();
            if (!smtp) {
                log.info("Mail delivery is off; recorded {} for incident {}: {}\n{}", mail.getKind(),
                        mail.getIncidentNumber(), mail.getSubject(), mail.getBodyText());
                return;
            }
            if (receipts.accepted(mail.getDedupeKey())) {
                // the server took it in an earlier try whose step never committed (its node died): not again
                log.info("Mail {} was accepted by the SMTP server before; not sent again", mail.getDedupeKey());
                accepted.add(mail);
                return;
            }
            try {
                sender.send(mime(mail));
            } catch (MailException e) {
                refused = true;
                throw new MailNotDelivered(mail, e);
            }
            receipts.accept(mail.getDedupeKey(), mail.getMessageId());
            accepted.add(mail);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(Outbox.this);
            if (status == STATUS_COMMITTED) {
                if (!accepted.isEmpty()) {
                    // sent means sent: a restart must not find the mail pending and send it again
                    durability.flush();
                    accepted.forEach(mail -> receipts.settled(mail.getDedupeKey()));
                }
                return;
            }
            List<Communication> unrecorded = new ArrayList<>();
            accepted.forEach(mail -> unrecorded.add(mail.copy()));
            if (refused) {
                mails.values().stream().filter(mail -> accepted.stream()
                        .noneMatch(sent -> sent.getId().equals(mail.getId()))).forEach(mail -> {
                    Communication pending = mail.copy();
                    pending.undelivered();
                    unrecorded.add(pending);
                });
            }
            if (unrecorded.isEmpty()) {
                UNRECORDED.remove();
            } else {
                UNRECORDED.set(unrecorded);
            }
        }
    }

    private void noteDelivered(Communication mail) {
        Incident incident = register.getByNumber(mail.getIncidentNumber());
        register.note(incident.ticket(), TimelineEvent.MAIL_SENT, "system",
                (mail.getStatus() == Communication.Status.LOGGED ? "Mail recorded (delivery off) for " : "Mail sent to ")
                        + mail.getRecipients() + ": " + mail.getSubject()
                        + (mail.isLate() ? " (late: due " + mail.getDueAt() + ")" : ""));
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

    /** The SMTP server did not take the mail: the step's transaction rolls back and its job is retried. */
    static final class MailNotDelivered extends RuntimeException {

        MailNotDelivered(Communication mail, MailException cause) {
            super("Mail " + mail.getKind() + " (" + mail.getDedupeKey() + ") to " + mail.getRecipients()
                    + " not delivered: " + cause.getMessage(), cause);
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
