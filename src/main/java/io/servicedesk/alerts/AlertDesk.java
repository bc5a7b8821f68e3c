package io.servicedesk.alerts;

import io.servicedesk.contract.Asset;
import io.servicedesk.contract.Client;
import io.servicedesk.contract.Contract;
import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.contract.Criticality;
import io.servicedesk.incident.Channel;
import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.incident.TimelineEvent;
import io.servicedesk.intake.IncidentReport;
import io.servicedesk.intake.IntakeService;
import io.servicedesk.platform.NotFound;
import io.servicedesk.platform.ServiceClock;
import io.servicedesk.platform.ServiceDeskProperties;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the alert process's steps do to an alert: route it, escalate it, take the owner's acknowledgement,
 * raise it as an incident through intake, put its scope gap to the service owner. Every step reads and
 * writes the alert record; the process carries the reference.
 */
@Service
@Transactional
class AlertDesk {

    private final Alerts alerts;
    private final ContractCatalog catalog;
    private final Deadlines deadlines;
    private final IntakeService intake;
    private final IncidentRegister register;
    private final ScopeGaps scopeGaps;
    private final AlertSettings settings;
    private final String reporterEmail;
    private final ServiceClock clock;

    AlertDesk(Alerts alerts, ContractCatalog catalog, Deadlines deadlines, IntakeService intake,
            IncidentRegister register, ScopeGaps scopeGaps, AlertSettings settings, ServiceDeskProperties properties,
            ServiceClock clock) {
        this.alerts = alerts;
        this.catalog = catalog;
        this.deadlines = deadlines;
        this.intake = intake;
        this.register = register;
        this.scopeGaps = scopeGaps;
        this.settings = settings;
        this.reporterEmail = settings.reporterEmail() == null || settings.reporterEmail().isBlank()
                ? properties.mail().from() : settings.reporterEmail();
        this.clock = clock;
    }

    /** The ways out of "Route alert" in the diagram. */
    enum Path { INCIDENT, OWNED, SCOPE, RECORD, CLEARED }

    /** Where the alert goes; for an owned warning also who acknowledges it by when, and who it escalates to. */
    record Routing(Path path, String owner, List<String> teams, Date acknowledgeBy, String dutyManagerGroup,
            Map<String, Object> form) {
    }

    Routing route(String reference) {
        Alert alert = alert(reference);
        return switch (alert.getRoute()) {
            case INCIDENT -> new Routing(Path.INCIDENT, alert.getOwner(), groups(alert.getTeam()), null, null, null);
            case SCOPE -> {
                alert.routed(AlertState.SCOPE_DECISION);
                yield new Routing(Path.SCOPE, alert.getOwner(), groups(alert.getTeam()), null, null, null);
            }
            case RECORD -> {
                alert.routed(AlertState.RECORDED);
                yield new Routing(Path.RECORD, null, groups(null), null, null, null);
            }
            case OWNED -> {
                if (alert.isCleared()) {
                    // cleared before anybody had to act: counted for recurrence, nobody is asked
                    alert.routed(AlertState.CLEARED);
                    yield new Routing(Path.CLEARED, null, groups(null), null, null, null);
                }
                Contract contract = catalog.contract(alert.getContractId());
                Instant by = deadlines.acknowledgeBy(contract, clock.now());
                alert.awaitAcknowledgement(by);
                yield new Routing(Path.OWNED, alert.getOwner(), groups(alert.getTeam()), Date.from(by),
                        contract.getDutyManagerGroup(), formVariables(alert));
            }
        };
    }

    /** Not acknowledged by the deadline: the contract's duty managers get it. */
    void escalate(String reference) {
        Alert alert = alert(reference);
        alert.escalated(catalog.contract(alert.getContractId()).getDutyManagerGroup(), clock.now());
    }

    /** @return whether the impact crosses into the triage rules, so the warning becomes an incident */
    boolean acknowledge(String reference, String by, String impactName, Long usersBlocked, String note) {
        if (impactName == null) {
            throw new InvalidAnswer("Say what the impact is now: none yet, users blocked, critical "
                    + "operations down, or containment required");
        }
        AlertImpact impact;
        try {
            impact = AlertImpact.valueOf(impactName);
        } catch (IllegalArgumentException e) {
            throw new InvalidAnswer("Unknown impact " + impactName);
        }
        if (impact == AlertImpact.USERS_BLOCKED && (usersBlocked == null || usersBlocked < 1 || usersBlocked > 1_000_000)) {
            throw new InvalidAnswer("Say how many users are blocked (at least 1)");
        }
        if (note == null || note.isBlank()) {
            throw new InvalidAnswer("Say what you are doing about the alert");
        }
        if (note.length() > 4000) {
            throw new InvalidAnswer("The note has more than 4000 characters");
        }
        alert(reference).acknowledged(by, clock.now(), impact,
                impact == AlertImpact.USERS_BLOCKED ? usersBlocked.intValue() : null, note.trim());
        return impact != AlertImpact.NONE;
    }

    /**
     * Reports the alert through intake like any report, with its triage signals: a critical alert on a
     * HIGH-criticality asset says critical operations are down (P1); on other assets the signals stay open,
     * so a dispatcher reviews; an acknowledged warning carries what its owner said. A retried step finds
     * the incident it raised before (the alert's reference is the report's externalRef).
     */
    String raiseIncident(String reference) {
        Alert alert = alert(reference);
        Optional<Asset> asset = Optional.ofNullable(alert.getAssetId()).flatMap(catalog::findAsset);
        IncidentReport report = new IncidentReport(alert.getClientId(),
                Text.cut("[" + alert.getSeverity() + "] " + alert.getAlertname() + " on "
                        + asset.map(Asset::getName).orElse(alert.getAssetRef()) + ": " + alert.getSummary(), 200),
                Text.cut(description(alert), 10000),
                new IncidentReport.Reporter(settings.reporterName(), reporterEmail),
                alert.getAssetId() != null ? alert.getAssetId() : uncatalogued(alert.getAssetRef()),
                Channel.MONITORING,
                criticalOperationsDown(alert, asset), usersBlocked(alert), containmentRequired(alert),
                alert.reference());
        IntakeService.Intake raised = intake.report(report, null, alert.getReceivedBy());
        String ticket = raised.incident().ticket();
        boolean first = alert.getIncidentNumber() == null;
        alert.incidentRaised(raised.incident().getNumber());
        if (first) {
            register.note(ticket, TimelineEvent.MONITORING, alert.getReceivedBy(), "Raised from alert "
                    + alert.reference() + " " + alert.getLabels() + "; alert owner " + (alert.getOwner() == null
                    ? "none" : alert.getOwner()) + " (" + alert.getOwnerReason() + ")"
                    + (alert.isCleared() ? "; the alert cleared at " + alert.getClearedAt() + " already" : ""));
        }
        return ticket;
    }

    /** The alert's system is outside the plan (or unknown): the service owner decides. */
    void surfaceScopeGap(String reference) {
        Alert alert = alert(reference);
        ScopeGapReason reason = alert.getClientId() == null ? ScopeGapReason.UNKNOWN_CLIENT
                : alert.getContractId() == null ? ScopeGapReason.NO_CONTRACT
                : alert.getAssetId() == null ? ScopeGapReason.UNKNOWN_ASSET
                : ScopeGapReason.OUT_OF_SCOPE;
        scopeGaps.report(new ScopeGaps.Gap(alert.getClientId(), alert.getContractId(), alert.getAssetId(),
                alert.getAssetRef(), reason, alert.reference(), "alert " + alert.getAlertname() + " ("
                + alert.getSeverity() + "): " + alert.getSummary()));
    }

    /** Tasklist's lists and Cockpit show these: the reference, the client, what fired where. */
    Map<String, Object> displayVariables(Alert alert, AlertMapping.Target target) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(AlertVariables.TICKET, alert.reference());
        variables.put(AlertVariables.CLIENT_NAME, target.clientName() == null ? "(unknown client)" : target.clientName());
        variables.put(AlertVariables.SUMMARY, Text.cut(alert.getAlertname() + " on " + assetName(alert) + ": "
                + alert.getSummary(), 200));
        variables.put(AlertVariables.PRIORITY, "Alert: " + alert.getSeverity());
        return variables;
    }

    /** What the acknowledgement form shows besides the lists' variables; only a warning has the form. */
    private Map<String, Object> formVariables(Alert alert) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(AlertVariables.ASSET_NAME, assetName(alert));
        variables.put(AlertVariables.ALERT_NAME, alert.getAlertname());
        variables.put(AlertVariables.ALERT_DESCRIPTION, alert.getDescription() == null ? alert.getSummary()
                : alert.getDescription());
        variables.put(AlertVariables.ALERT_OWNER_REASON, alert.getOwnerReason());
        return variables;
    }

    private String assetName(Alert alert) {
        return Optional.ofNullable(alert.getAssetId()).flatMap(catalog::findAsset).map(Asset::getName)
                .orElse(alert.getAssetRef() + " (not in the catalog)");
    }

    /** Candidate groups as the engine wants them: a list, empty when there is none. */
    static List<String> groups(String group) {
        List<String> groups = new ArrayList<>();
        if (group != null) {
            groups.add(group);
        }
        return groups;
    }

    private String description(Alert alert) {
        String clientName = catalog.findClient(alert.getClientId()).map(Client::getName).orElse(alert.getClientId());
        return (alert.getDescription() == null ? alert.getSummary() : alert.getDescription())
                + "\n\nMonitoring alert " + alert.reference() + " for " + clientName + ": " + alert.getAlertname()
                + ", severity " + alert.getSeverity() + ", firing since " + alert.getFirstStartsAt()
                + (alert.getImpact() == null ? "" : "\nImpact according to " + alert.getAcknowledgedBy() + ": "
                        + alert.getImpact() + (alert.getImpactUsersBlocked() == null ? ""
                        : " (" + alert.getImpactUsersBlocked() + " users)") + ". " + alert.getAcknowledgementNote())
                + "\nLabels: " + alert.getLabels()
                + (alert.getGeneratorUrl() == null ? "" : "\nSource: " + alert.getGeneratorUrl());
    }

    /** What intake flags as a scope gap; an identifier that happens to be another client's asset id is left out. */
    private String uncatalogued(String assetRef) {
        return catalog.findAsset(assetRef).isPresent() ? null : assetRef;
    }

    private static Boolean criticalOperationsDown(Alert alert, Optional<Asset> asset) {
        if (alert.getImpact() != null) {
            return alert.getImpact() == AlertImpact.CRITICAL_OPERATIONS_DOWN;
        }
        return asset.map(Asset::getCriticality).filter(criticality -> criticality == Criticality.HIGH)
                .map(high -> Boolean.TRUE).orElse(null);
    }

    private static Integer usersBlocked(Alert alert) {
        if (alert.getImpact() == null || alert.getImpact() == AlertImpact.CRITICAL_OPERATIONS_DOWN) {
            return null;
        }
        return alert.getImpact() == AlertImpact.USERS_BLOCKED ? alert.getImpactUsersBlocked() : 0;
    }

    private static Boolean containmentRequired(Alert alert) {
        return alert.getImpact() == null ? null : alert.getImpact() == AlertImpact.CONTAINMENT_REQUIRED;
    }

    Alert alert(String reference) {
        return Alert.idOf(reference).flatMap(alerts::findById).orElseThrow(() -> new NotFound("Alert", reference));
    }
}
