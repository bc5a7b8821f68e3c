package io.servicedesk.mail;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One mail: what was (or would have been) sent, to whom, when, and whether it was on time. */
@Entity
@Table(name = "communications")
public class Communication {

    public enum Status {
        /** Rendered and recorded; delivery not confirmed yet. */
        PENDING,
        /** Accepted by the SMTP server. */
        SENT,
        /** Delivery is switched to "log" (the embedded demo): recorded and logged, not mailed. */
        LOGGED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long incidentNumber;
    private String kind;
    private String dedupeKey;
    private String recipients;
    private String subject;
    private String bodyText;
    private String bodyHtml;
    private String messageId;
    private String inReplyTo;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Instant dueAt;
    private boolean late;
    private Instant createdAt;
    private Instant sentAt;

    protected Communication() {
    }

    Communication(Long incidentNumber, String kind, String dedupeKey, String recipients, String subject,
            String bodyText, String bodyHtml, String messageId, String inReplyTo, Instant dueAt, Instant createdAt) {
        this.incidentNumber = incidentNumber;
        this.kind = kind;
        this.dedupeKey = dedupeKey;
        this.recipients = recipients;
        this.subject = subject;
        this.bodyText = bodyText;
        this.bodyHtml = bodyHtml;
        this.messageId = messageId;
        this.inReplyTo = inReplyTo;
        this.status = Status.PENDING;
        this.dueAt = dueAt;
        this.createdAt = createdAt;
    }

    boolean isDelivered() {
        return status != Status.PENDING;
    }

    /** The same mail as a new row: to record it again after the transaction that held it rolled back. */
    Communication copy() {
        Communication copy = new Communication(incidentNumber, kind, dedupeKey, recipients, subject, bodyText,
                bodyHtml, messageId, inReplyTo, dueAt, createdAt);
        copy.status = status;
        copy.sentAt = sentAt;
        copy.late = late;
        return copy;
    }

    /** Back to "not delivered": the transaction that marked it delivered did not get it out. */
    void undelivered() {
        this.status = Status.PENDING;
        this.sentAt = null;
        this.late = false;
    }

    void delivered(Status status, Instant at) {
        this.status = status;
        this.sentAt = at;
        this.late = dueAt != null && at.isAfter(dueAt);
    }

    public Long getId() { return id; }
    public Long getIncidentNumber() { return incidentNumber; }
    public String getKind() { return kind; }
    public String getDedupeKey() { return dedupeKey; }
    public String getRecipients() { return recipients; }
    public String getSubject() { return subject; }
    public String getBodyText() { return bodyText; }
    public String getBodyHtml() { return bodyHtml; }
    public String getMessageId() { return messageId; }
    public String getInReplyTo() { return inReplyTo; }
    public Status getStatus() { return status; }
    public Instant getDueAt() { return dueAt; }
    public boolean isLate() { return late; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSentAt() { return sentAt; }
}
