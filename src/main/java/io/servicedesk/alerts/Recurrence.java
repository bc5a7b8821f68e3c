package io.servicedesk.alerts;

import io.servicedesk.contract.AlertTerms;
import io.servicedesk.contract.Asset;
import io.servicedesk.contract.Client;
import io.servicedesk.contract.Contract;
import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.platform.Directory;
import io.servicedesk.platform.NotFound;
import io.servicedesk.platform.ServiceClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts firings of the same alert on the same asset and opens a problem review when the contract's
 * threshold is reached within its window, however each firing ended. Firings before the last finished
 * review are dealt with and do not count again.
 */
@Service
@Transactional
class Recurrence {

    static final String PROCESS_KEY = "problemReview";

    private final ProblemReviews reviews;
    private final AlertOccurrences occurrences;
    private final ContractCatalog catalog;
    private final Deadlines deadlines;
    private final RuntimeService runtime;
    private final Directory directory;
    private final ServiceClock clock;

    Recurrence(ProblemReviews reviews, AlertOccurrences occurrences, ContractCatalog catalog, Deadlines deadlines,
            RuntimeService runtime, Directory directory, ServiceClock clock) {
        this.directory = directory;
        this.reviews = reviews;
        this.occurrences = occurrences;
        this.catalog = catalog;
        this.deadlines = deadlines;
        this.runtime = runtime;
        this.clock = clock;
    }

    /** In the transaction that recorded a new firing: the unique open review decides between racing firings. */
    void fired(Alert alert, AlertOccurrence firing) {
        if (alert.getContractId() == null) {
            return; // no contract, no terms: the scope decision comes first
        }
        String key = firing.getRecurrenceKey();
        if (occurrences.countByRecurrenceKeyAndStartsAt(key, firing.getStartsAt()) > 1) {
            return; // started together with a firing counted already
        }
        Optional<ProblemReview> open = reviews.findByOpenKey(key);
        if (open.isPresent()) {
            reviews.occurred(open.get().getId(), firing.getStartsAt());
            return;
        }
        Contract contract = catalog.contract(alert.getContractId());
        AlertTerms terms = contract.getAlerting();
        Instant since = firing.getStartsAt().minus(Duration.ofDays(terms.recurrenceWindowDays()));
        Optional<Instant> lastReview = reviews.findFirstByClientIdAndAssetRefAndAlertnameAndStateOrderByReviewedAtDesc(
                alert.getClientId(), alert.getAssetRef(), alert.getAlertname(), ProblemReview.State.DONE)
                .map(ProblemReview::getReviewedAt);
        if (lastReview.isPresent() && lastReview.get().isAfter(since)) {
            since = lastReview.get();
        }
        long count = occurrences.countFiringsSince(key, since);
        if (count < terms.recurrenceCount()) {
            return;
        }
        Instant first = occurrences.findFirstByRecurrenceKeyAndStartsAtAfterOrderByStartsAtAsc(key, since)
                .map(AlertOccurrence::getStartsAt).orElse(firing.getStartsAt());
        Optional<Asset> asset = Optional.ofNullable(alert.getAssetId()).flatMap(catalog::findAsset);
        String owner = asset.map(Asset::getAlertOwner).orElse(contract.getDefaultOwner());
        Instant now = clock.now();
        ProblemReview review = reviews.saveAndFlush(new ProblemReview(alert, key, terms.recurrenceCount(),
                terms.recurrenceWindowDays(), count, first, firing.getStartsAt(), owner,
                deadlines.businessDaysAfter(contract, now, terms.reviewBusinessDays()), now));
        start(review, contract, asset, count);
    }

    private void start(ProblemReview review, Contract contract, Optional<Asset> asset, long count) {
        String assetName = asset.map(Asset::getName).orElse(review.getAssetRef());
        String recurrence = review.getAlertname() + " fired " + count + " times within " + review.getWindowDays()
                + " days on " + assetName + " (threshold " + review.getThreshold() + ", first "
                + review.getFirstOccurrenceAt() + ")";
        Map<String, Object> variables = new HashMap<>();
        variables.put(AlertVariables.TICKET, review.reference());
        variables.put(AlertVariables.CLIENT_NAME, catalog.findClient(review.getClientId()).map(Client::getName)
                .orElse(review.getClientId()));
        variables.put(AlertVariables.SUMMARY, Text.cut("Recurring " + review.getAlertname() + " on " + assetName, 200));
        variables.put(AlertVariables.PRIORITY, "Problem review");
        variables.put(AlertVariables.ASSET_NAME, assetName);
        variables.put(AlertVariables.ALERT_NAME, review.getAlertname());
        variables.put(AlertVariables.RECURRENCE, recurrence);
        variables.put(AlertVariables.REVIEW_OWNER, review.getOwner());
        variables.put(AlertVariables.REVIEW_TEAMS, AlertDesk.groups(asset.map(Asset::getAlertTeam).orElse(null)));
        variables.put(AlertVariables.REVIEW_DUE, Date.from(review.getDueAt()));
        variables.put(AlertVariables.DUTY_MANAGER_GROUP, contract.getDutyManagerGroup());
        runtime.createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(review.reference())
                .setVariables(Variables.fromMap(variables))
                .execute();
    }

    /** The review was not done by its due date: the duty manager sees it. */
    ProblemReview escalated(String reference) {
        ProblemReview review = review(reference);
        review.escalated(clock.now());
        return review;
    }

    void reviewed(String reference, String by, String rootCause, String followUp, String followUpOwner) {
        if (rootCause == null || rootCause.isBlank() || rootCause.length() > 4000) {
            throw new InvalidAnswer("Say what causes the alert to recur (at most 4000 characters)");
        }
        if (followUp == null || followUp.isBlank() || followUp.length() > 4000) {
            throw new InvalidAnswer("Document the follow-up that keeps it from returning (at most 4000 characters)");
        }
        String owner = followUpOwner == null || followUpOwner.isBlank() ? by : followUpOwner.trim();
        if (!directory.isUser(owner)) {
            throw new InvalidAnswer("The follow-up needs an owner who is a service-desk user; " + owner + " is not");
        }
        review(reference).reviewed(by, rootCause.trim(), followUp.trim(), owner, clock.now());
    }

    private ProblemReview review(String reference) {
        return ProblemReview.idOf(reference).flatMap(reviews::findById)
                .orElseThrow(() -> new NotFound("Problem review", reference));
    }
}
