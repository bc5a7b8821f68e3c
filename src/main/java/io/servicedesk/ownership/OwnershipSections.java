package io.servicedesk.ownership;

import io.servicedesk.incident.Incident;
import io.servicedesk.incident.IncidentSection;
import java.time.Instant;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The incident view's scoped-service requests with their approvals, and the P1 review. */
@Configuration
class OwnershipSections {

    record ScopedEntry(String service, String scope, String reason, String requestedBy, Instant requestedAt,
            String decision, String decidedBy, Instant decidedAt, String note) {
    }

    record ReviewEntry(String rootCause, boolean systemInScope, boolean systemMonitored, String followUpActions,
            String reviewedBy, Instant reviewedAt) {
    }

    @Bean
    IncidentSection scopedServicesSection(Ownership ownership) {
        return new IncidentSection() {
            @Override
            public String name() {
                return "scopedServices";
            }

            @Override
            public List<ScopedEntry> of(Incident incident) {
                return ownership.requestsOf(incident).stream().map(r -> new ScopedEntry(r.getService().name(),
                        r.getScope().name(), r.getReason(), r.getRequestedBy(), r.getRequestedAt(),
                        r.getDecision().name(), r.getDecidedBy(), r.getDecidedAt(), r.getNote())).toList();
            }
        };
    }

    record FollowUpEntry(String action, String owner, java.time.LocalDate dueOn, String status, boolean late,
            int chases, String doneBy, Instant doneAt, String outcome) {
    }

    /** The review's follow-up actions, open ones first-class: visible on the incident until done. */
    @Bean
    IncidentSection followUpsSection(FollowUps followUps, io.servicedesk.platform.ServiceClock clock) {
        return new IncidentSection() {
            @Override
            public String name() {
                return "followUps";
            }

            @Override
            public List<FollowUpEntry> of(Incident incident) {
                return followUps.of(incident).stream().map(f -> new FollowUpEntry(f.getAction(), f.getOwner(),
                        f.getDueOn(), f.getStatus().name(), f.isLate(clock.now()), f.getChases(), f.getDoneBy(),
                        f.getDoneAt(), f.getOutcome())).toList();
            }
        };
    }

    @Bean
    IncidentSection reviewSection(Ownership ownership) {
        return new IncidentSection() {
            @Override
            public String name() {
                return "review";
            }

            @Override
            public ReviewEntry of(Incident incident) {
                return ownership.reviewOf(incident).map(r -> new ReviewEntry(r.getRootCause(), r.isSystemInScope(),
                        r.isSystemMonitored(), r.getFollowUpActions(), r.getReviewedBy(), r.getReviewedAt()))
                        .orElse(null);
            }
        };
    }
}
