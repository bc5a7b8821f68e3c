package io.servicedesk.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One promise made for an incident, frozen when it was made (the contract version and models in force then),
 * and what happened: the row an auditor reads per ticket and per commitment.
 */
@Entity
@Table(name = "audit_commitments")
class Commitment {

    /** The kinds of promise, in the order they appear on a ticket's evidence. */
    enum Kind {
        FIRST_RESPONSE, PAGE_ACKNOWLEDGEMENT, CLIENT_UPDATE, VENDOR_RESPONSE, SCOPED_SERVICE, RESOLUTION, P1_REVIEW
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long incidentNumber;
    private String contractId;
    private Instant reportedAt;
    private java.time.LocalDate reportedWeek;
    private String kind;
    private int seq;
    private String subject;
    private String promise;
    private Integer targetMinutes;
    private Instant promisedAt;
    private Instant actualAt;
    private String actual;
    private String outcome;
    private boolean whileVendor;
    private Long contractVersion;
    private String models;
    private Instant recordedAt;

    protected Commitment() {
    }

    Commitment(IncidentEvidence incident, Kind kind, int seq, String subject, String promise, Integer targetMinutes,
            Instant promisedAt, boolean whileVendor, Long contractVersion, String models, Instant recordedAt) {
        this.whileVendor = whileVendor;
        this.incidentNumber = incident.getIncidentNumber();
        this.contractId = incident.getContractId();
        this.reportedAt = incident.getReportedAt();
        this.reportedWeek = incident.getReportedWeek();
        this.kind = kind.name();
        this.seq = seq;
        this.subject = subject;
        this.promise = clip(promise, 500);
        this.targetMinutes = targetMinutes;
        this.promisedAt = promisedAt;
        this.contractVersion = contractVersion;
        this.models = clip(models, 500);
        this.recordedAt = recordedAt;
    }

    boolean is(Kind kind) {
        return this.kind.equals(kind.name());
    }

    boolean isOpen() {
        return outcome == null;
    }

    /** The promise moved before it fell due (a re-triage, a new target): the latest promise counts. */
    void repromise(String subject, String promise, Integer targetMinutes, Instant promisedAt, Long contractVersion,
            String models) {
        this.subject = subject;
        this.promise = clip(promise, 500);
        this.targetMinutes = targetMinutes;
        this.promisedAt = promisedAt;
        this.contractVersion = contractVersion;
        this.models = clip(models, 500);
    }

    /** A timed promise met (on time or late). */
    void met(Instant at, String what) {
        this.actualAt = at;
        this.actual = clip(what, 500);
        this.outcome = Outcome.of(promisedAt, at).name();
    }

    /** The incident moved on (resolved, closed) without it. */
    void missed(String why) {
        this.actual = clip(why, 500);
        this.outcome = Outcome.MISSED.name();
    }

    /** A promise whose outcome is a decision, not a time (a scoped service approved or refused). */
    void decided(Instant at, String what, String outcome) {
        this.actualAt = at;
        this.actual = clip(what, 500);
        this.outcome = outcome;
    }

    static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 3) + "...";
    }

    Long getId() { return id; }
    Long getIncidentNumber() { return incidentNumber; }
    String getKind() { return kind; }
    int getSeq() { return seq; }
    String getSubject() { return subject; }
    String getPromise() { return promise; }
    Integer getTargetMinutes() { return targetMinutes; }
    Instant getPromisedAt() { return promisedAt; }
    Instant getActualAt() { return actualAt; }
    String getActual() { return actual; }
    String getOutcome() { return outcome; }
    Long getContractVersion() { return contractVersion; }
    String getModels() { return models; }
    Instant getRecordedAt() { return recordedAt; }
}
