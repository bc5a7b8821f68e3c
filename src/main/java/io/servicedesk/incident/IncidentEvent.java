package io.servicedesk.incident;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of an incident's timeline: what happened, when, by whom. Append-only evidence. */
@Entity
@Table(name = "incident_events")
public class IncidentEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long incidentNumber;
    private Instant occurredAt;
    private String type;
    private String actor;
    private String detail;

    protected IncidentEvent() {
    }

    IncidentEvent(Long incidentNumber, Instant occurredAt, String type, String actor, String detail) {
        this.incidentNumber = incidentNumber;
        this.occurredAt = occurredAt;
        this.type = type;
        this.actor = actor;
        this.detail = detail.length() > 4000 ? detail.substring(0, 3997) + "..." : detail;
    }

    public Long getId() { return id; }
    public Long getIncidentNumber() { return incidentNumber; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getType() { return type; }
    public String getActor() { return actor; }
    public String getDetail() { return detail; }
}
