package io.servicedesk.communication;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The client-update loop of one incident: which update is next, when it falls due, what the last one
 * promised, who writes it, and the update as written and checked. The diagram's timers, the task's
 * assignee and the mail all read this record; none of it is a process variable.
 */
@Entity
@Table(name = "client_update_schedules")
class UpdateSchedule {

    @Id
    private Long incidentNumber;
    /** The update now scheduled or being written. */
    private int updateNumber;
    private int sent;
    private boolean scheduled;
    private Instant dueAt;
    private Instant opensAt;
    private Instant promisedAt;
    private String writer;
    private String writerGroup;
    private String known;
    private String checking;
    private String nextAction;

    protected UpdateSchedule() {
    }

    UpdateSchedule(Long incidentNumber) {
        this.incidentNumber = incidentNumber;
        this.updateNumber = 1;
    }

    /** An update is scheduled and not sent yet: rescheduling it keeps its number and never delays it. */
    boolean pending() {
        return scheduled && updateNumber > sent;
    }

    void schedule(int number, Instant dueAt, Instant opensAt) {
        this.updateNumber = number;
        this.dueAt = dueAt;
        this.opensAt = opensAt;
        this.scheduled = true;
        this.promisedAt = null;
        this.writer = null;
        this.writerGroup = null;
    }

    void unschedule() {
        this.scheduled = false;
        this.updateNumber = sent + 1;
        this.dueAt = null;
        this.opensAt = null;
    }

    void writtenBy(String writer, String writerGroup) {
        this.writer = writer;
        this.writerGroup = writerGroup;
    }

    void written(String known, String checking, String nextAction, Instant promisedAt) {
        this.known = known;
        this.checking = checking;
        this.nextAction = nextAction;
        this.promisedAt = promisedAt;
    }

    void sent() {
        this.sent = updateNumber;
    }

    Long getIncidentNumber() { return incidentNumber; }
    int getUpdateNumber() { return updateNumber; }
    int getSent() { return sent; }
    boolean isScheduled() { return scheduled; }
    Instant getDueAt() { return dueAt; }
    Instant getOpensAt() { return opensAt; }
    Instant getPromisedAt() { return promisedAt; }
    String getWriter() { return writer; }
    String getWriterGroup() { return writerGroup; }
    String getKnown() { return known; }
    String getChecking() { return checking; }
    String getNextAction() { return nextAction; }
}
