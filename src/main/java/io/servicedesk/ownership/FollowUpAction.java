package io.servicedesk.ownership;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A follow-up action from a post-incident review: who does what by when, tracked until done. */
@Entity
@Table(name = "follow_up_actions")
public class FollowUpAction {

    public enum Status { OPEN, DONE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long incidentNumber;
    private String action;
    private String owner;
    private LocalDate dueOn;
    /** The end of the due day in the contract's time zone: late after that. */
    private Instant dueAt;
    @Enumerated(EnumType.STRING)
    private Status status;
    private int chases;
    private Instant lastChasedAt;
    private String doneBy;
    private Instant doneAt;
    private String outcome;
    private Instant createdAt;

    protected FollowUpAction() {
    }

    FollowUpAction(Long incidentNumber, String action, String owner, LocalDate dueOn, Instant dueAt, Instant createdAt) {
        this.incidentNumber = incidentNumber;
        this.action = action;
        this.owner = owner;
        this.dueOn = dueOn;
        this.dueAt = dueAt;
        this.createdAt = createdAt;
        this.status = Status.OPEN;
    }

    void chased(Instant at) {
        this.chases++;
        this.lastChasedAt = at;
    }

    void done(String by, String outcome, Instant at) {
        this.status = Status.DONE;
        this.doneBy = by;
        this.outcome = outcome;
        this.doneAt = at;
    }

    public boolean isLate(Instant now) {
        return status == Status.OPEN && !now.isBefore(dueAt);
    }

    public Long getId() { return id; }
    public Long getIncidentNumber() { return incidentNumber; }
    public String getAction() { return action; }
    public String getOwner() { return owner; }
    public LocalDate getDueOn() { return dueOn; }
    public Instant getDueAt() { return dueAt; }
    public Status getStatus() { return status; }
    public int getChases() { return chases; }
    public Instant getLastChasedAt() { return lastChasedAt; }
    public String getDoneBy() { return doneBy; }
    public Instant getDoneAt() { return doneAt; }
    public String getOutcome() { return outcome; }
    public Instant getCreatedAt() { return createdAt; }
}
