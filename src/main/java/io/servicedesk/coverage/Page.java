package io.servicedesk.coverage;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A page to on-call for an incident: who was paged, how often it escalated, who acknowledged and when. */
@Entity
@Table(name = "pages")
public class Page {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long incidentNumber;
    @Enumerated(EnumType.STRING)
    private PageReason reason;
    private Instant openedAt;
    /** Everybody paged so far, comma-separated: each of them may acknowledge. */
    private String pagedGroups;
    /** 1 = backup on-call added, 2 and more = duty manager added (then reminded). */
    private int escalations;
    private Instant acknowledgeBy;
    private String acknowledgedBy;
    private Instant acknowledgedAt;

    protected Page() {
    }

    Page(Long incidentNumber, PageReason reason, String group, Instant openedAt, Instant acknowledgeBy) {
        this.incidentNumber = incidentNumber;
        this.reason = reason;
        this.pagedGroups = group;
        this.openedAt = openedAt;
        this.acknowledgeBy = acknowledgeBy;
    }

    /** Pages the next group as well; returns the group added (or reminded). */
    String escalate(String backupGroup, String dutyManagerGroup, Instant acknowledgeBy) {
        escalations++;
        String group = escalations == 1 ? backupGroup : dutyManagerGroup;
        Set<String> groups = new LinkedHashSet<>(groups());
        groups.add(group);
        this.pagedGroups = String.join(",", groups);
        this.acknowledgeBy = acknowledgeBy;
        return group;
    }

    void acknowledged(String by, Instant at) {
        this.acknowledgedBy = by;
        this.acknowledgedAt = at;
    }

    public List<String> groups() {
        return Arrays.asList(pagedGroups.split(","));
    }

    public Long getId() { return id; }
    public Long getIncidentNumber() { return incidentNumber; }
    public PageReason getReason() { return reason; }
    public Instant getOpenedAt() { return openedAt; }
    public String getPagedGroups() { return pagedGroups; }
    public int getEscalations() { return escalations; }
    public Instant getAcknowledgeBy() { return acknowledgeBy; }
    public String getAcknowledgedBy() { return acknowledgedBy; }
    public Instant getAcknowledgedAt() { return acknowledgedAt; }
}
