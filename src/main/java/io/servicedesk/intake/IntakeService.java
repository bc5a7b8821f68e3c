package io.servicedesk.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.servicedesk.contract.Asset;
import io.servicedesk.contract.Client;
import io.servicedesk.contract.Contract;
import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.incident.Incident;
import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.incident.IncidentState;
import io.servicedesk.incident.Incidents;
import io.servicedesk.incident.ProcessVariables;
import io.servicedesk.incident.TimelineEvent;
import io.servicedesk.platform.Conflict;
import io.servicedesk.platform.InvalidField;
import io.servicedesk.platform.ServiceClock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a report in. The incident row and the start of its process commit together, and the process
 * continues asynchronously after its start event: a later failure becomes a retried job, never a lost
 * report. A retry (same Idempotency-Key or externalRef for the client) returns the first ticket,
 * also when both attempts race each other: the unique constraints decide, the loser reads the winner.
 */
@Service
public class IntakeService {

    public static final String PROCESS_KEY = "incident";

    private final ContractCatalog catalog;
    private final IncidentRegister register;
    private final Incidents incidents;
    private final RuntimeService runtimeService;
    private final TransactionTemplate transaction;
    private final ServiceClock clock;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;

    IntakeService(ContractCatalog catalog, IncidentRegister register, Incidents incidents,
            RuntimeService runtimeService, TransactionTemplate transaction, ServiceClock clock, ObjectMapper json,
            ApplicationEventPublisher events) {
        this.catalog = catalog;
        this.register = register;
        this.incidents = incidents;
        this.runtimeService = runtimeService;
        this.transaction = transaction;
        this.clock = clock;
        this.json = json;
        this.events = events;
    }

    /** The ticket, and whether this call created it or found the earlier attempt's. */
    public record Intake(Incident incident, boolean created) {
    }

    public Intake report(IncidentReport report, String idempotencyKey, String actor) {
        String fingerprint = fingerprint(report);
        Optional<Intake> earlier = earlierAttempt(report, idempotencyKey, fingerprint);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Client client = catalog.findClient(report.clientId()).orElseThrow(() -> InvalidField.unknownReference(
                "clientId", "Client " + report.clientId() + " does not exist"));
        Contract contract = catalog.contractInForce(client.getId(), clock.today(java.time.ZoneOffset.UTC))
                .orElseThrow(() -> InvalidField.unknownReference("clientId",
                        "Client " + client.getId() + " has no contract in force: nothing promises support"));
        Optional<Asset> known = report.assetId() == null ? Optional.empty() : catalog.findAsset(report.assetId());
        if (known.isPresent() && !known.get().getClientId().equals(client.getId())) {
            throw InvalidField.unknownReference("assetId",
                    "Asset " + report.assetId() + " is not known for client " + client.getId());
        }
        // a system missing from the catalog is a scope gap to surface, never a reason to refuse the report
        Asset asset = known.orElse(null);
        String uncatalogued = report.assetId() != null && known.isEmpty() ? report.assetId() : null;
        try {
            Incident incident = transaction.execute(status -> open(report, idempotencyKey, fingerprint, client,
                    contract, asset, uncatalogued, actor));
            return new Intake(incident, true);
        } catch (DataIntegrityViolationException | OptimisticLockingFailureException raced) {
            return awaitWinner(report, idempotencyKey, fingerprint, raced);
        }
    }

    private Incident open(IncidentReport report, String idempotencyKey, String fingerprint, Client client,
            Contract contract, Asset asset, String uncatalogued, String actor) {
        boolean scopeGap = uncatalogued != null || asset != null && !asset.isInScope();
        Incident incident = register.open(new Incident.Report(client.getId(), contract.getId(),
                asset == null ? null : asset.getId(), report.summary(), report.description(),
                report.reporter().name(), report.reporter().email(), report.channel(),
                report.criticalOperationsDown(), report.usersBlocked(), report.containmentRequired(),
                report.externalRef(), idempotencyKey, fingerprint, scopeGap), actor);
        if (!client.isOwnAddress(report.reporter().email())) {
            register.note(incident.ticket(), TimelineEvent.REPORTER_NOT_MAILED, actor, "Reporter "
                    + report.reporter().email() + " is outside " + client.getName() + "'s mail domains "
                    + client.getMailDomains().stream().sorted().toList()
                    + ": the report is taken, mail about it goes to the client's contacts only");
        }

        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.TICKET, incident.ticket());
        variables.put(ProcessVariables.CLIENT_ID, client.getId());
        variables.put(ProcessVariables.CONTRACT_ID, contract.getId());
        // shown in Tasklist lists and forms; decisions read the incident record, not these
        variables.put(ProcessVariables.CLIENT_NAME, client.getName());
        variables.put(ProcessVariables.SUMMARY, report.summary());
        variables.put(ProcessVariables.ASSET_ID, asset == null ? null : asset.getId());
        variables.put(ProcessVariables.ASSET_NAME, asset != null ? asset.getName()
                : uncatalogued != null ? uncatalogued + " (not in the catalog)" : "(none named)");
        variables.put(ProcessVariables.ASSET_CRITICALITY, asset == null ? null : asset.getCriticality().name());
        variables.put(ProcessVariables.SCOPE_GAP, scopeGap);
        variables.put(ProcessVariables.CRITICAL_OPERATIONS_DOWN, report.criticalOperationsDown());
        variables.put(ProcessVariables.USERS_BLOCKED, report.usersBlocked());
        variables.put(ProcessVariables.CONTAINMENT_REQUIRED, report.containmentRequired());
        runtimeService.createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(incident.ticket())
                .setVariables(Variables.fromMap(variables))
                .execute();
        if (scopeGap) {
            events.publishEvent(new ScopeGapReported(client.getId(), contract.getId(),
                    asset == null ? null : asset.getId(), report.assetId(), incident.ticket(), report.summary()));
        }
        return incident;
    }

    private Optional<Intake> earlierAttempt(IncidentReport report, String idempotencyKey, String fingerprint) {
        if (idempotencyKey != null) {
            Optional<Incident> byKey = incidents.findByClientIdAndIdempotencyKey(report.clientId(), idempotencyKey);
            if (byKey.isPresent()) {
                if (!byKey.get().getRequestFingerprint().equals(fingerprint)) {
                    throw new Conflict("Idempotency-Key", "Idempotency-Key " + idempotencyKey
                            + " was already used for a different report (" + byKey.get().ticket()
                            + "); use a new key for a new report");
                }
                return Optional.of(new Intake(byKey.get(), false));
            }
        }
        if (report.externalRef() != null) {
            // a closed incident's reference is a repeat, not a retry: it opens a new, linked incident
            return incidents.findByClientIdAndExternalRef(report.clientId(), report.externalRef())
                    .filter(incident -> incident.getState() != IncidentState.CLOSED)
                    .map(incident -> new Intake(incident, false));
        }
        return Optional.empty();
    }

    /**
     * A concurrent attempt holds the same key. Depending on the database the loser sees the violation
     * before or after the winner commits, so look a few times before giving up.
     */
    private Intake awaitWinner(IncidentReport report, String idempotencyKey, String fingerprint,
            RuntimeException raced) {
        for (int attempt = 0; attempt < 50; attempt++) {
            Optional<Intake> winner = earlierAttempt(report, idempotencyKey, fingerprint);
            if (winner.isPresent()) {
                return winner.get();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw raced;
    }

    private String fingerprint(IncidentReport report) {
        try {
            byte[] canonical = json.writeValueAsString(report).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint a report", e);
        }
    }
}
