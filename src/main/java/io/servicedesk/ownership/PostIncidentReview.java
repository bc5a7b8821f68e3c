package io.servicedesk.ownership;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What a P1 taught us: root cause, whether the system was in scope and monitored, follow-ups with owners. */
@Entity
@Table(name = "post_incident_reviews")
public class PostIncidentReview {

    @Id
    private Long incidentNumber;
    private String rootCause;
    private boolean systemInScope;
    private boolean systemMonitored;
    private String followUpActions;
    private String reviewedBy;
    private Instant reviewedAt;

    protected PostIncidentReview() {
    }

    PostIncidentReview(Long incidentNumber, String rootCause, boolean systemInScope, boolean systemMonitored,
            String followUpActions, String reviewedBy, Instant reviewedAt) {
        this.incidentNumber = incidentNumber;
        this.rootCause = rootCause;
        this.systemInScope = systemInScope;
        this.systemMonitored = systemMonitored;
        this.followUpActions = followUpActions;
        this.reviewedBy = reviewedBy;
        this.reviewedAt = reviewedAt;
    }

    public Long getIncidentNumber() { return incidentNumber; }
    public String getRootCause() { return rootCause; }
    public boolean isSystemInScope() { return systemInScope; }
    public boolean isSystemMonitored() { return systemMonitored; }
    public String getFollowUpActions() { return followUpActions; }
    public String getReviewedBy() { return reviewedBy; }
    public Instant getReviewedAt() { return reviewedAt; }
}
