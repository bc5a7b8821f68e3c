package io.servicedesk.ownership;

import io.servicedesk.contract.ContractCatalog;
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
    private final ContractCatalog catalog;
    private final ServiceClock clock;
    private final FollowUps followUps;

    Ownership(ScopedServiceRequests requests, PostIncidentReviews reviews, IncidentRegister register,
            ContractCatalog catalog, ServiceClock clock, FollowUps followUps) {
        this.followUps = followUps;
        this.requests = requests;
        this.reviews = reviews;
        this.register = register;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** A team asks for a scoped service; what the contract says about it is settled at once. */
    public ScopedServiceRequest requestService(String ticket, ScopedService service, String reason,
            String requestingTeam, String actor) {
        Incident incident = register.get(ticket);
        ServiceScope scope = catalog.contract(incident.getContractId()).scopeOf(service);
        ScopedServiceRequest request = requests.save(new ScopedServiceRequest(incident.getNumber(), service, scope,
                reason, requestingTeam, actor, clock.now()));
        register.note(ticket, TimelineEvent.SCOPED_SERVICE_REQUESTED, actor, service + " requested (" + reason
                + "); the contract has it " + scope + switch (scope) {
                    case INCLUDED -> ": proceeds";
                    case SEPARATELY_SCOPED -> ": billable, the client approves first";
                    case NOT_OFFERED -> ": the owner " + incident.getAccountableOwner() + " finds another path";
                });
        return request;
    }

    /** The incident's latest scoped-service request: the one its "Scoped service" diagram works on. */
    @Transactional(readOnly = true)
    public ScopedServiceRequest openRequest(String ticket) {
        List<ScopedServiceRequest> all = requestsOf(register.get(ticket));
        if (all.isEmpty()) {
            throw new IllegalStateException(ticket + " has no scoped-service request");
        }
        return all.get(all.size() - 1);
    }

    public ScopedServiceRequest decide(String ticket, boolean approved, String by, String note, String actor) {
        ScopedServiceRequest request = openRequest(ticket);
        request.decide(approved, by, note, clock.now());
        register.note(ticket, TimelineEvent.SCOPED_SERVICE_DECIDED, actor, request.getService() + " "
                + (approved ? "approved" : "refused") + " by " + by + " at the client"
                + (note == null || note.isBlank() ? "" : ": " + note));
        return request;
    }

    /** The P1 review, and its follow-up actions as tracked items (checked first: a bad row refuses it all). */
    public void review(String ticket, ReviewVariables.Review review, String actor) {
        Incident incident = register.get(ticket);
        if (review.rootCause() == null || review.rootCause().isBlank()) {
            throw new org.camunda.bpm.engine.ProcessEngineException(
                    "A review names the root cause and the follow-up actions with owners");
        }
        List<FollowUps.Planned> planned = followUps.plan(incident, review.followUps());
        String summary = String.join("\n", planned.stream()
                .map(follow -> follow.action() + " - " + follow.owner() + " - " + follow.dueOn()).toList());
        reviews.save(new PostIncidentReview(incident.getNumber(), review.rootCause(), review.systemInScope(),
                review.systemMonitored(), summary, actor, clock.now()));
        followUps.create(incident, planned);
        register.note(ticket, TimelineEvent.POST_INCIDENT_REVIEW, actor, "Root cause: " + review.rootCause()
                + (review.systemInScope() ? "" : " | system NOT in the contract's scope")
                + (review.systemMonitored() ? "" : " | system NOT monitored")
                + " | follow-ups: " + summary.replace('\n', ';'));
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
