package io.servicedesk.contract;

import io.servicedesk.platform.Conflict;
import io.servicedesk.platform.Directory;
import io.servicedesk.platform.InvalidField;
import io.servicedesk.platform.NotFound;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, changes and finds clients, contracts and assets; guards the rules a schema cannot. */
@Service
@Transactional
public class ContractCatalog {

    private final Clients clients;
    private final Contracts contracts;
    private final Assets assets;
    private final Directory directory;
    private final ApplicationEventPublisher changes;

    ContractCatalog(Clients clients, Contracts contracts, Assets assets, Directory directory,
            ApplicationEventPublisher changes) {
        this.clients = clients;
        this.contracts = contracts;
        this.assets = assets;
        this.directory = directory;
        this.changes = changes;
    }

    // --- clients

    @Transactional(readOnly = true)
    public List<Client> clients() {
        return clients.findAll().stream().sorted(Comparator.comparing(Client::getId)).toList();
    }

    @Transactional(readOnly = true)
    public Client client(String id) {
        return clients.findById(id).orElseThrow(() -> new NotFound("Client", id));
    }

    @Transactional(readOnly = true)
    public Optional<Client> findClient(String id) {
        return clients.findById(id);
    }

    public Client createClient(String id, String name, Set<ClientContact> contacts) {
        return createClient(id, name, contacts, null);
    }

    /** @param mailDomains where the client's people have their mail; null or empty: its contacts' domains */
    public Client createClient(String id, String name, Set<ClientContact> contacts, Set<String> mailDomains) {
        if (clients.existsById(id)) {
            throw new Conflict("id", "Client " + id + " exists already");
        }
        Client client = new Client(id);
        client.update(name, contacts, mailDomains);
        return clients.save(client);
    }

    /** @param mailDomains null keeps the client's mail domains as they are */
    public Client updateClient(String id, Long expectedVersion, String name, Set<ClientContact> contacts,
            Set<String> mailDomains) {
        Client client = client(id);
        checkVersion(expectedVersion, client.getVersion());
        client.update(name, contacts, mailDomains == null ? client.getMailDomains() : mailDomains);
        return clients.saveAndFlush(client);
    }

    // --- contracts

    @Transactional(readOnly = true)
    public List<Contract> contracts(String clientId) {
        List<Contract> found = clientId == null ? contracts.findAll()
                : contracts.findByClientIdOrderByValidFromDesc(clientId);
        return found.stream().sorted(Comparator.comparing(Contract::getId)).toList();
    }

    @Transactional(readOnly = true)
    public Contract contract(String id) {
        return contracts.findById(id).orElseThrow(() -> new NotFound("Contract", id));
    }

    /** The contract in force for a client on a day: the most recent one that has started. */
    @Transactional(readOnly = true)
    public Optional<Contract> contractInForce(String clientId, LocalDate day) {
        return contracts.findByClientIdOrderByValidFromDesc(clientId).stream()
                .filter(contract -> contract.isValidOn(day))
                .findFirst();
    }

    public Contract createContract(String id, String clientId, ContractTerms terms) {
        if (contracts.existsById(id)) {
            throw new Conflict("id", "Contract " + id + " exists already");
        }
        requireClient(clientId);
        validate(terms);
        Contract contract = new Contract(id, clientId);
        contract.update(terms);
        Contract created = contracts.saveAndFlush(contract);
        changes.publishEvent(new ContractChanged(created));
        return created;
    }

    public Contract updateContract(String id, String clientId, Long expectedVersion, ContractTerms terms) {
        Contract contract = contract(id);
        if (!contract.getClientId().equals(clientId)) {
            throw new InvalidField("clientId", "A contract cannot move to another client; create a new contract");
        }
        checkVersion(expectedVersion, contract.getVersion());
        validate(terms);
        contract.update(terms);
        Contract updated = contracts.saveAndFlush(contract);
        changes.publishEvent(new ContractChanged(updated));
        return updated;
    }

    // --- assets

    @Transactional(readOnly = true)
    public List<Asset> assets(String clientId) {
        return clientId == null
                ? assets.findAll().stream().sorted(Comparator.comparing(Asset::getId)).toList()
                : assets.findByClientIdOrderById(clientId);
    }

    @Transactional(readOnly = true)
    public Asset asset(String id) {
        return assets.findById(id).orElseThrow(() -> new NotFound("Asset", id));
    }

    @Transactional(readOnly = true)
    public Optional<Asset> findAsset(String id) {
        return assets.findById(id);
    }

    /** The asset monitoring knows by this identifier (a Prometheus {@code instance}, a host name). */
    @Transactional(readOnly = true)
    public Optional<Asset> findAssetByMonitoringId(String monitoringId) {
        return assets.findByMonitoringId(monitoringId);
    }

    /** The service owner decided to add an asset to the contract: from now on it is in scope. */
    public Asset bringIntoScope(String id) {
        Asset asset = asset(id);
        asset.bringIntoScope();
        return asset;
    }

    public Asset createAsset(String id, String clientId, AssetDetails details) {
        if (assets.existsById(id)) {
            throw new Conflict("id", "Asset " + id + " exists already");
        }
        requireClient(clientId);
        validate(id, details);
        Asset asset = new Asset(id, clientId);
        details.applyTo(asset);
        return assets.save(asset);
    }

    public Asset updateAsset(String id, String clientId, Long expectedVersion, AssetDetails details) {
        Asset asset = asset(id);
        if (!asset.getClientId().equals(clientId)) {
            throw new InvalidField("clientId", "An asset cannot move to another client");
        }
        checkVersion(expectedVersion, asset.getVersion());
        validate(id, details);
        details.applyTo(asset);
        return assets.saveAndFlush(asset);
    }

    /**
     * What an asset is, apart from its identity.
     *
     * @param alertOwner    the service-desk user who owns its monitoring alerts (null: the contract's default owner)
     * @param alertTeam     the group that maintains it and sees its alerts (optional)
     * @param monitoringIds how monitoring names it, e.g. the Prometheus {@code instance} label
     */
    public record AssetDetails(String name, String kind, Criticality criticality, String owner,
            String maintenanceGroup, boolean inScope, String alertOwner, String alertTeam,
            Set<String> monitoringIds) {

        public AssetDetails {
            monitoringIds = monitoringIds == null ? Set.of() : Set.copyOf(monitoringIds);
        }

        /** An asset whose alerts the contract's default owner holds, unknown to monitoring by other names. */
        public AssetDetails(String name, String kind, Criticality criticality, String owner, String maintenanceGroup,
                boolean inScope) {
            this(name, kind, criticality, owner, maintenanceGroup, inScope, null, null, Set.of());
        }

        void applyTo(Asset asset) {
            asset.update(name, kind, criticality, owner, maintenanceGroup, inScope);
            asset.alerting(alertOwner, alertTeam, monitoringIds);
        }
    }

    private void validate(String assetId, AssetDetails details) {
        if (details.alertOwner() != null && !directory.isUser(details.alertOwner())) {
            throw InvalidField.unknownReference("alertOwner", "No service-desk user " + details.alertOwner()
                    + ": an alert owner is somebody who can acknowledge alerts in Tasklist");
        }
        if (details.alertTeam() != null && !directory.isGroup(details.alertTeam())) {
            throw InvalidField.unknownReference("alertTeam", "No group " + details.alertTeam());
        }
        for (String monitoringId : details.monitoringIds()) {
            assets.findByMonitoringId(monitoringId).filter(other -> !other.getId().equals(assetId))
                    .ifPresent(other -> {
                        throw new Conflict("monitoringIds", "Monitoring identifier " + monitoringId
                                + " names asset " + other.getId() + " already; an alert must name one asset");
                    });
        }
    }

    // --- rules

    private void requireClient(String clientId) {
        if (!clients.existsById(clientId)) {
            throw InvalidField.unknownReference("clientId", "Client " + clientId + " does not exist");
        }
    }

    private static void checkVersion(Long expected, Long actual) {
        if (expected == null) {
            throw new InvalidField("version", "Send the version you read, so a change made meanwhile is not overwritten");
        }
        if (!Objects.equals(expected, actual)) {
            throw new Conflict("version", "Changed by somebody else meanwhile (version " + actual
                    + ", you sent " + expected + "); read it again and repeat your change");
        }
    }

    private static void validate(ContractTerms terms) {
        try {
            ZoneId.of(terms.timeZone());
        } catch (RuntimeException e) {
            throw new InvalidField("timeZone", "Unknown time zone '" + terms.timeZone()
                    + "'; use an IANA name such as Europe/Berlin");
        }
        for (Priority priority : Priority.values()) {
            if (!terms.targets().containsKey(priority)) {
                throw new InvalidField("targets." + priority, "The contract needs a target for " + priority);
            }
        }
        for (ScopedService service : ScopedService.values()) {
            if (terms.scopedServices().get(service) == null) {
                throw new InvalidField("scopedServices." + service, "Say whether " + service
                        + " is INCLUDED, SEPARATELY_SCOPED or NOT_OFFERED");
            }
        }
        if (terms.validTo() != null && terms.validTo().isBefore(terms.validFrom())) {
            throw new InvalidField("validTo", "validTo lies before validFrom");
        }
        validateHours(new ArrayList<>(terms.supportHours()));
    }

    private static void validateHours(List<SupportHours> hours) {
        hours.sort(Comparator.comparing(SupportHours::dayOfWeek).thenComparing(SupportHours::opens));
        for (int i = 0; i < hours.size(); i++) {
            SupportHours period = hours.get(i);
            if (!period.closes().equals(LocalTime.MIDNIGHT) && !period.opens().isBefore(period.closes())) {
                throw new InvalidField("supportHours", period.dayOfWeek() + " opens at " + period.opens()
                        + " but closes at " + period.closes() + "; use 00:00 as closing time for midnight");
            }
            if (i > 0) {
                SupportHours before = hours.get(i - 1);
                boolean sameDay = before.dayOfWeek() == period.dayOfWeek();
                if (sameDay && (before.closes().equals(LocalTime.MIDNIGHT) || before.closes().isAfter(period.opens()))) {
                    throw new InvalidField("supportHours", period.dayOfWeek() + " has overlapping opening hours");
                }
            }
        }
    }
}
