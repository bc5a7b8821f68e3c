package io.servicedesk.alerts;

import io.servicedesk.contract.Client;
import io.servicedesk.contract.Contract;
import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.intake.ScopeGapReported;
import io.servicedesk.platform.NotFound;
import io.servicedesk.platform.ServiceClock;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scope gaps surface, never drop: every report or alert about a system that is not in the catalog, not
 * in the contract's scope, or of a client without a contract goes to the service owner as a scope
 * decision. The decision process's first step records it, or counts it on the decision that already
 * stands for that system, so the owner is asked once.
 */
@Service
@Transactional
class ScopeGaps {

    static final String PROCESS_KEY = "scopeDecision";
    static final String SOURCE_KEY_PREFIX = "SCOPE-";

    private final ScopeDecisions decisions;
    private final ScopeSightings sightings;
    private final Alerts alerts;
    private final ContractCatalog catalog;
    private final Deadlines deadlines;
    private final AlertSettings settings;
    private final RuntimeService runtime;
    private final ServiceClock clock;

    ScopeGaps(ScopeDecisions decisions, ScopeSightings sightings, Alerts alerts, ContractCatalog catalog,
            Deadlines deadlines, AlertSettings settings, RuntimeService runtime, ServiceClock clock) {
        this.decisions = decisions;
        this.sightings = sightings;
        this.alerts = alerts;
        this.catalog = catalog;
        this.deadlines = deadlines;
        this.settings = settings;
        this.runtime = runtime;
        this.clock = clock;
    }

    /**
     * A gap and where it was seen.
     *
     * @param source the report's ticket (INC-...) or the alert's reference (ALR-...)
     */
    record Gap(String clientId, String contractId, String assetId, String assetRef, ScopeGapReason reason,
            String source, String summary) {

        /** The gap as {@link #report} handed it to the process. */
        static Gap of(Map<String, Object> variables) {
            return new Gap((String) variables.get(AlertVariables.GAP_CLIENT_ID),
                    (String) variables.get(AlertVariables.GAP_CONTRACT_ID),
                    (String) variables.get(AlertVariables.GAP_ASSET_ID),
                    (String) variables.get(AlertVariables.GAP_ASSET_REF),
                    ScopeGapReason.valueOf((String) variables.get(AlertVariables.GAP_REASON)),
                    (String) variables.get(AlertVariables.GAP_SOURCE),
                    (String) variables.get(AlertVariables.GAP_SUMMARY));
        }
    }

    /** A decision as the process step found it: new (the owner is asked) or one that already stands. */
    record Recorded(ScopeDecision decision, boolean created) {
    }

    /** Intake took a report about a system outside the scope: in its transaction, so both commit together. */
    @EventListener
    void reported(ScopeGapReported gap) {
        report(new Gap(gap.clientId(), gap.contractId(), gap.assetId(), gap.assetRef() == null
                ? AlertMapping.UNIDENTIFIED : gap.assetRef(), gap.assetId() == null ? ScopeGapReason.UNKNOWN_ASSET
                : ScopeGapReason.OUT_OF_SCOPE, gap.ticket(), gap.summary()));
    }

    /** Starts the scope decision process; its first step records the gap (retried as a job if it races). */
    void report(Gap gap) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(AlertVariables.GAP_CLIENT_ID, gap.clientId());
        variables.put(AlertVariables.GAP_CONTRACT_ID, gap.contractId());
        variables.put(AlertVariables.GAP_ASSET_ID, gap.assetId());
        variables.put(AlertVariables.GAP_ASSET_REF, gap.assetRef());
        variables.put(AlertVariables.GAP_REASON, gap.reason().name());
        variables.put(AlertVariables.GAP_SOURCE, gap.source());
        variables.put(AlertVariables.GAP_SUMMARY, Text.cut(gap.summary(), 400));
        // until its first step knows the decision (SCD-...); never the ticket itself, which is the incident's key
        runtime.createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(SOURCE_KEY_PREFIX + gap.source())
                .setVariables(Variables.fromMap(variables))
                .execute();
    }

    /** The decision standing for this client's system, with this sighting counted; or a new open one. */
    Recorded record(Gap gap) {
        Instant now = clock.now();
        Optional<ScopeDecision> standing = decisions.findByStandingKey(ScopeDecision.standingKey(gap.clientId(),
                gap.assetRef()));
        if (standing.isPresent()) {
            ScopeDecision decision = standing.get();
            if (!sightings.existsByDecisionIdAndSource(decision.getId(), gap.source())) {
                decision.sighted(now);
                sightings.save(new ScopeSighting(decision.getId(), gap.source(), now));
            }
            linkAlert(gap, decision);
            return new Recorded(decision, false);
        }
        Optional<Contract> contract = Optional.ofNullable(gap.contractId()).map(catalog::contract);
        String owner = contract.map(Contract::getDefaultOwner).orElse(null);
        Instant due = contract.map(found -> deadlines.businessDaysAfter(found, now,
                found.getAlerting().reviewBusinessDays())).orElseGet(() -> deadlines.daysAfter(now,
                settings.scopeDecisionDays()));
        ScopeDecision decision = decisions.saveAndFlush(new ScopeDecision(gap, owner, settings.scopeGroup(), due, now));
        sightings.save(new ScopeSighting(decision.getId(), gap.source(), now));
        linkAlert(gap, decision);
        return new Recorded(decision, true);
    }

    private void linkAlert(Gap gap, ScopeDecision decision) {
        Alert.idOf(gap.source()).flatMap(alerts::findById).ifPresent(alert -> alert.scopeDecision(decision.getId()));
    }

    /** What the service owner sees in Tasklist: which system, whose, why it is a gap. */
    Map<String, Object> taskVariables(ScopeDecision decision) {
        String clientName = Optional.ofNullable(decision.getClientId()).flatMap(catalog::findClient)
                .map(Client::getName).orElse("(unknown client)");
        String system = Optional.ofNullable(decision.getAssetId()).flatMap(catalog::findAsset)
                .map(asset -> asset.getName() + " (" + asset.getId() + ")").orElse(decision.getAssetRef());
        Map<String, Object> variables = new HashMap<>();
        variables.put(AlertVariables.TICKET, decision.reference());
        variables.put(AlertVariables.CLIENT_NAME, clientName);
        variables.put(AlertVariables.SUMMARY, Text.cut("Scope: " + system, 200));
        variables.put(AlertVariables.PRIORITY, "Scope decision");
        variables.put(AlertVariables.ASSET_NAME, system);
        variables.put(AlertVariables.SCOPE_EXPLANATION, explanation(decision, clientName));
        variables.put(AlertVariables.SERVICE_OWNER, decision.getServiceOwner());
        variables.put(AlertVariables.SERVICE_GROUP, decision.getServiceGroup());
        variables.put(AlertVariables.DECIDE_BY, Date.from(decision.getDueAt()));
        return variables;
    }

    void decide(String reference, String by, String outcomeName, String note) {
        ScopeDecision.Outcome outcome;
        try {
            outcome = ScopeDecision.Outcome.valueOf(String.valueOf(outcomeName));
        } catch (IllegalArgumentException e) {
            throw new InvalidAnswer("Decide: add it to the contract, or tell the client it is outside the plan");
        }
        if (note == null || note.isBlank()) {
            throw new InvalidAnswer(outcome == ScopeDecision.Outcome.OUTSIDE_PLAN
                    ? "Say what the client was told, and by whom" : "Say what is added to the contract, and when");
        }
        if (note.length() > 4000) {
            throw new InvalidAnswer("The note has more than 4000 characters");
        }
        ScopeDecision decision = ScopeDecision.idOf(reference).flatMap(decisions::findById)
                .orElseThrow(() -> new NotFound("Scope decision", reference));
        decision.decided(outcome, by, note.trim(), clock.now());
        if (outcome == ScopeDecision.Outcome.ADD_TO_CONTRACT && decision.getAssetId() != null) {
            catalog.bringIntoScope(decision.getAssetId());
        }
    }

    private static String explanation(ScopeDecision decision, String clientName) {
        String why = switch (decision.getReason()) {
            case UNKNOWN_CLIENT -> "No client we know is named; the labels say " + decision.getAssetRef() + ".";
            case NO_CONTRACT -> clientName + " has no contract in force: nothing promises support for "
                    + decision.getAssetRef() + ".";
            case UNKNOWN_ASSET -> decision.getAssetRef() + " is not in " + clientName + "'s catalog.";
            case OUT_OF_SCOPE -> decision.getAssetRef() + " is in " + clientName
                    + "'s catalog but outside the contract's scope.";
        };
        return why + " First seen with " + decision.getFirstSource() + ": " + decision.getSummary();
    }
}
