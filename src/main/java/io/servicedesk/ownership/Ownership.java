package io.servicedesk.ownership;

import io.servicedesk.contract.ScopedService;
import io.servicedesk.contract.ServiceScope;
import io.servicedesk.incident.Incident;
import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.incident.TimelineEvent;
import io.servicedesk.platform.ServiceClock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Scoped-service requests and their decisions, and post-incident reviews: the evidence of the ownership path. */
@Service
@Transactional
public class Ownership {

    private final ScopedServiceRequests requests;
    private final PostIncidentReviews reviews;
    private final IncidentRegister register;
    private final ServiceClock clock;

    Ownership(ScopedServiceRequests requests, PostIncidentReviews reviews, IncidentRegister register,
            ServiceClock clock) {
        this.requests = requests;
        this.reviews = reviews;
        this.register = register;
        this.clock = clock;
    }

    public ScopedServiceRequest requestService(String ticket, ScopedService service, ServiceScope scope,
            String reason, String actor) {
        Incident incident = register.get(ticket);
        ScopedServiceRequest request = requests.save(new ScopedServiceRequest(incident.getNumber(), service, scope,
                reason, actor, clock.now()));
        register.note(ticket, TimelineEvent.SCOPED_SERVICE_REQUESTED, actor, service + " requested (" + reason
                + "); the contract has it " + scope + switch (scope) {
                    case INCLUDED -> ": proceeds";
                    case SEPARATELY_SCOPED -> ": billable, the client approves first";
                    case NOT_OFFERED -> ": the owner " + incident.getAccountableOwner() + " finds another path";
                });
        return request;
    }

    public ScopedServiceRequest decide(String ticket, long requestId, boolean approved, String by, String note,
            String actor) {
        ScopedServiceRequest request = requests.findById(requestId).orElseThrow();
        request.decide(approved, by, note, clock.now());
        register.note(ticket, TimelineEvent.SCOPED_SERVICE_DECIDED, actor, request.getService() + " "
                + (approved ? "approved" : "refused") + " by " + by + " at the client"
                + (note == null || note.isBlank() ? "" : ": " + note));
        return request;
    }

    public void review(String ticket, String rootCause, boolean inScope, boolean monitored, String followUps,
            String actor) {
        Incident incident = register.get(ticket);
        reviews.save(new PostIncidentReview(incident.getNumber(), rootCause, inScope, monitored, followUps, actor,
                clock.now()));
        register.note(ticket, TimelineEvent.POST_INCIDENT_REVIEW, actor, "Root cause: " + rootCause
                + (inScope ? "" : " | system NOT in the contract's scope") + (monitored ? "" : " | system NOT monitored")
                + " | follow-ups: " + followUps.replace('\n', ';'));
    }

    @Transactional(readOnly = true)
    public List<ScopedServiceRequest> requestsOf(Incident incident) {
        return requests.findByIncidentNumberOrderByRequestedAtAscIdAsc(incident.getNumber());
    }

    @Transactional(readOnly = true)
    public Optional<PostIncidentReview> reviewOf(Incident incident) {
        return reviews.findById(incident.getNumber());
    }
}
