package io.servicedesk.alerts;

import io.servicedesk.platform.InvalidField;
import io.servicedesk.platform.NotFound;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads alerts, scope decisions and problem reviews for the API, newest first, a page at a time. */
@Service
@Transactional(readOnly = true)
class AlertQueries {

    private final Alerts alerts;
    private final AlertOccurrences occurrences;
    private final ScopeDecisions decisions;
    private final ScopeSightings sightings;
    private final ProblemReviews reviews;

    AlertQueries(Alerts alerts, AlertOccurrences occurrences, ScopeDecisions decisions, ScopeSightings sightings,
            ProblemReviews reviews) {
        this.alerts = alerts;
        this.occurrences = occurrences;
        this.decisions = decisions;
        this.sightings = sightings;
        this.reviews = reviews;
    }

    AlertViews.AlertView alert(String reference) {
        Alert alert = Alert.idOf(reference).flatMap(alerts::findById)
                .orElseThrow(() -> new NotFound("Alert", reference));
        return AlertViews.AlertView.of(alert, occurrences.findByAlertIdOrderByStartsAtAsc(alert.getId()).stream()
                .map(AlertViews.Firing::of).toList());
    }

    AlertViews.Page<AlertViews.AlertView> alerts(String clientId, Boolean open, int page, int size) {
        List<Specification<Alert>> filters = new ArrayList<>();
        if (clientId != null) {
            filters.add((root, query, cb) -> cb.equal(root.get("clientId"), clientId));
        }
        if (open != null) {
            filters.add((root, query, cb) -> open ? cb.isNotNull(root.get("openFingerprint"))
                    : cb.isNull(root.get("openFingerprint")));
        }
        return page(alerts, filters, page, size, alert -> AlertViews.AlertView.of(alert, List.of()));
    }

    AlertViews.ScopeDecisionView scopeDecision(String reference) {
        ScopeDecision decision = ScopeDecision.idOf(reference).flatMap(decisions::findById)
                .orElseThrow(() -> new NotFound("Scope decision", reference));
        return AlertViews.ScopeDecisionView.of(decision, sightings.findByDecisionIdOrderBySeenAtAsc(decision.getId())
                .stream().map(seen -> new AlertViews.Sighting(seen.getSource(), seen.getSeenAt())).toList());
    }

    AlertViews.Page<AlertViews.ScopeDecisionView> scopeDecisions(String clientId, ScopeDecision.State state,
            int page, int size) {
        return page(decisions, filters(clientId, state), page, size,
                decision -> AlertViews.ScopeDecisionView.of(decision, List.of()));
    }

    AlertViews.ProblemReviewView problemReview(String reference) {
        return ProblemReview.idOf(reference).flatMap(reviews::findById).map(AlertViews.ProblemReviewView::of)
                .orElseThrow(() -> new NotFound("Problem review", reference));
    }

    AlertViews.Page<AlertViews.ProblemReviewView> problemReviews(String clientId, ProblemReview.State state,
            int page, int size) {
        return page(reviews, filters(clientId, state), page, size, AlertViews.ProblemReviewView::of);
    }

    private static <T> List<Specification<T>> filters(String clientId, Enum<?> state) {
        List<Specification<T>> filters = new ArrayList<>();
        if (clientId != null) {
            filters.add((root, query, cb) -> cb.equal(root.get("clientId"), clientId));
        }
        if (state != null) {
            filters.add((root, query, cb) -> cb.equal(root.get("state"), state));
        }
        return filters;
    }

    private static <T, V> AlertViews.Page<V> page(JpaSpecificationExecutor<T> repository,
            List<Specification<T>> filters, int page, int size, Function<T, V> view) {
        if (page < 0) {
            throw new InvalidField("page", "page starts at 0");
        }
        if (size < 1 || size > 200) {
            throw new InvalidField("size", "size is between 1 and 200");
        }
        var found = repository.findAll(Specification.allOf(filters),
                PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "id")));
        return new AlertViews.Page<>(found.getContent().stream().map(view).toList(), page, size,
                found.getTotalElements(), found.getTotalPages());
    }
}
