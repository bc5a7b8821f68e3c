package io.servicedesk.alerts;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A report (INC-...) or an alert (ALR-...) that hit a scope gap, once each. */
@Entity
@Table(name = "scope_sightings")
public class ScopeSighting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long decisionId;
    private String source;
    private Instant seenAt;

    protected ScopeSighting() {
    }

    ScopeSighting(Long decisionId, String source, Instant seenAt) {
        this.decisionId = decisionId;
        this.source = source;
        this.seenAt = seenAt;
    }

    public Long getDecisionId() { return decisionId; }
    public String getSource() { return source; }
    public Instant getSeenAt() { return seenAt; }
}
