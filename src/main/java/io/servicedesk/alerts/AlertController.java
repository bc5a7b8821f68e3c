package io.servicedesk.alerts;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Alerts, scope decisions and problem reviews to read: for staff, auditors and the audit evidence. */
@RestController
class AlertController {

    private final AlertQueries queries;

    AlertController(AlertQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/alerts")
    AlertViews.Page<AlertViews.AlertView> alerts(@RequestParam(required = false) String client,
            @RequestParam(required = false) Boolean open, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return queries.alerts(client, open, page, size);
    }

    @GetMapping("/api/alerts/{reference}")
    AlertViews.AlertView alert(@PathVariable String reference) {
        return queries.alert(reference);
    }

    @GetMapping("/api/scope-decisions")
    AlertViews.Page<AlertViews.ScopeDecisionView> scopeDecisions(@RequestParam(required = false) String client,
            @RequestParam(required = false) ScopeDecision.State state, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return queries.scopeDecisions(client, state, page, size);
    }

    @GetMapping("/api/scope-decisions/{reference}")
    AlertViews.ScopeDecisionView scopeDecision(@PathVariable String reference) {
        return queries.scopeDecision(reference);
    }

    @GetMapping("/api/problem-reviews")
    AlertViews.Page<AlertViews.ProblemReviewView> problemReviews(@RequestParam(required = false) String client,
            @RequestParam(required = false) ProblemReview.State state, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return queries.problemReviews(client, state, page, size);
    }

    @GetMapping("/api/problem-reviews/{reference}")
    AlertViews.ProblemReviewView problemReview(@PathVariable String reference) {
        return queries.problemReview(reference);
    }
}
