package io.servicedesk.alerts;

import io.servicedesk.contract.Asset;
import io.servicedesk.contract.Client;
import io.servicedesk.contract.Contract;
import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.contract.Criticality;
import io.servicedesk.platform.ServiceClock;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which client and asset an alert is about, who owns it, and where it goes.
 *
 * <p>The asset: the {@code asset} label (the catalog's asset id), else the {@code instance} label as one
 * of an asset's monitoring identifiers, else the host part of {@code instance} (without {@code :port}).
 * The client: the asset's, else the {@code client} label. A {@code client} label that contradicts the
 * asset's client makes the asset unknown for that client, as intake does.
 *
 * <p>The route: no client, no contract in force, an unknown asset or one outside the contract's scope is a
 * scope gap for the service owner; a critical alert of a client with a contract is still raised as an
 * incident (intake flags the gap). Otherwise critical alerts raise incidents, info alerts are recorded,
 * and everything else is a warning its owner acknowledges.
 *
 * <p>The owner: the asset's alert owner, else the contract's default owner; a scope gap belongs to the
 * contract's default owner as its service owner, or to the scope group when there is no contract.
 */
@Component
class AlertMapping {

    static final String UNIDENTIFIED = "(unidentified)";

    private final ContractCatalog catalog;
    private final ServiceClock clock;
    private final AlertSettings settings;

    AlertMapping(ContractCatalog catalog, ServiceClock clock, AlertSettings settings) {
        this.catalog = catalog;
        this.clock = clock;
        this.settings = settings;
    }

    /** Everything the alert's labels resolve to in the catalog. */
    record Target(String clientId, String clientName, String contractId, String assetId, String assetName,
            Criticality criticality, String assetRef, ScopeGapReason gap, AlertRoute route, String owner,
            String team, String ownerReason) {
    }

    Target target(AlertmanagerMessage.Notified alert) {
        String clientLabel = alert.label("client");
        Optional<Asset> asset = asset(alert);
        if (asset.isPresent() && clientLabel != null && !clientLabel.equals(asset.get().getClientId())) {
            asset = Optional.empty();
        }
        String assetRef = Text.cut(asset.map(Asset::getId).orElseGet(() -> reference(alert)), 200);
        Optional<Client> client = asset.map(Asset::getClientId).or(() -> Optional.ofNullable(clientLabel))
                .flatMap(catalog::findClient);
        Optional<Contract> contract = client.flatMap(found ->
                catalog.contractInForce(found.getId(), clock.today(ZoneOffset.UTC)));

        ScopeGapReason gap = client.isEmpty() ? ScopeGapReason.UNKNOWN_CLIENT
                : contract.isEmpty() ? ScopeGapReason.NO_CONTRACT
                : asset.isEmpty() ? ScopeGapReason.UNKNOWN_ASSET
                : !asset.get().isInScope() ? ScopeGapReason.OUT_OF_SCOPE
                : null;
        String severity = alert.severity();
        AlertRoute route = settings.raisesIncident(severity) && contract.isPresent() ? AlertRoute.INCIDENT
                : gap != null ? AlertRoute.SCOPE
                : settings.recordOnly(severity) ? AlertRoute.RECORD
                : AlertRoute.OWNED;

        String owner;
        String team;
        String why;
        if (contract.isEmpty()) {
            owner = null;
            team = settings.scopeGroup();
            why = "no contract names a service owner: the " + team + " group decides";
        } else if (gap != null && route == AlertRoute.SCOPE) {
            owner = contract.get().getDefaultOwner();
            team = null;
            why = "service owner of contract " + contract.get().getId() + ", who decides the scope";
        } else if (asset.isPresent() && asset.get().getAlertOwner() != null) {
            owner = asset.get().getAlertOwner();
            team = asset.get().getAlertTeam();
            why = "alert owner of asset " + asset.get().getId();
        } else {
            owner = contract.get().getDefaultOwner();
            team = asset.map(Asset::getAlertTeam).orElse(null);
            why = "default owner of contract " + contract.get().getId() + " (the asset names no alert owner)";
        }
        return new Target(client.map(Client::getId).orElse(null), client.map(Client::getName).orElse(null),
                contract.map(Contract::getId).orElse(null), asset.map(Asset::getId).orElse(null),
                asset.map(Asset::getName).orElse(null), asset.map(Asset::getCriticality).orElse(null),
                assetRef, gap, route, owner, team, why);
    }

    private Optional<Asset> asset(AlertmanagerMessage.Notified alert) {
        String assetLabel = alert.label("asset");
        if (assetLabel != null) {
            return catalog.findAsset(assetLabel);
        }
        String instance = alert.label("instance");
        if (instance == null) {
            return Optional.empty();
        }
        return catalog.findAssetByMonitoringId(instance)
                .or(() -> host(instance).flatMap(catalog::findAssetByMonitoringId));
    }

    /** What the alert calls the system when the catalog does not know it: for the scope decision. */
    private static String reference(AlertmanagerMessage.Notified alert) {
        String named = alert.label("asset");
        if (named == null) {
            named = alert.label("instance");
        }
        return named == null ? UNIDENTIFIED : named;
    }

    private static Optional<String> host(String instance) {
        int colon = instance.lastIndexOf(':');
        // host:port, but not a bare IPv6 address
        if (colon <= 0 || instance.indexOf(':') != colon && !instance.startsWith("[")) {
            return Optional.empty();
        }
        String host = instance.substring(0, colon);
        return Optional.of(host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host);
    }
}
