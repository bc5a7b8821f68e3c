package io.servicedesk.audit;

import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.platform.NotFound;
import io.servicedesk.platform.ServiceClock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads what the API and the page show: a contract's period, a figure's tickets, one ticket's evidence. */
@Service
@Transactional(readOnly = true)
class EvidenceQueries {

    private final ContractCatalog catalog;
    private final EvidenceReport report;
    private final IncidentEvidences evidences;
    private final Commitments commitments;
    private final DecisionRecords decisions;
    private final OwnershipRecords ownership;
    private final TermsAsStood terms;
    private final ServiceClock clock;

    EvidenceQueries(ContractCatalog catalog, EvidenceReport report, IncidentEvidences evidences,
            Commitments commitments, DecisionRecords decisions, OwnershipRecords ownership, TermsAsStood terms,
            ServiceClock clock) {
        this.catalog = catalog;
        this.report = report;
        this.evidences = evidences;
        this.commitments = commitments;
        this.decisions = decisions;
        this.ownership = ownership;
        this.terms = terms;
        this.clock = clock;
    }

    ContractPeriod period(String contractId, String from, String to) {
        var contract = catalog.contract(contractId);
        return ContractPeriod.of(contract, from, to, clock.today(contract.zone()));
    }

    Evidence evidence(ContractPeriod period, String base) {
        return report.build(period, base);
    }

    TicketPage tickets(ContractPeriod period, String figure, String priority, String channel, int page, int size,
            String base) {
        return report.tickets(period, Figure.of(figure), priority, channel, page, size, base);
    }

    TicketEvidence ticket(String ticket) {
        IncidentEvidence incident = evidences.findByTicket(ticket).orElseThrow(() -> new NotFound("Evidence of", ticket));
        Instant now = clock.now();
        List<TicketEvidence.Promise> promises = commitments.findByIncidentNumberOrderByIdAsc(incident.getIncidentNumber())
                .stream()
                .sorted(Comparator.comparing((Commitment commitment) -> Commitment.Kind.valueOf(commitment.getKind()))
                        .thenComparing(Commitment::getSeq))
                .map(commitment -> {
                    String outcome = TicketEvidence.outcome(commitment.getOutcome(), commitment.getPromisedAt(), now);
                    return new TicketEvidence.Promise(commitment.getKind(), commitment.getSeq(),
                            commitment.getSubject(), commitment.getPromise(), commitment.getTargetMinutes(),
                            commitment.getPromisedAt(), commitment.getActualAt(), commitment.getActual(), outcome,
                            TicketEvidence.minutesLate(commitment.getPromisedAt(), commitment.getActualAt(), outcome,
                                    now), commitment.getContractVersion(), commitment.getModels());
                }).toList();
        List<TicketEvidence.Decision> decided = decisions.findByIncidentNumberOrderByDecidedAtAscIdAsc(
                incident.getIncidentNumber()).stream().map(decision -> new TicketEvidence.Decision(decision.getKind(),
                        decision.getDecidedAt(), decision.getDecidedBy(), decision.getOutcome(), decision.getReason(),
                        decision.getInputs(), decision.getModel(), decision.getContractVersion())).toList();
        List<TicketEvidence.OwnerEvent> owners = ownership.findByIncidentNumberOrderByOccurredAtAscIdAsc(
                incident.getIncidentNumber()).stream().map(event -> new TicketEvidence.OwnerEvent(event.getKind(),
                        event.getOccurredAt(), event.getActor(), event.getOwnerBefore(), event.getOwnerAfter(),
                        event.getDetail())).toList();
        return new TicketEvidence(incident.getTicket(), incident.getClientId(), incident.getContractId(),
                incident.getContractVersion(), incident.getModels(), incident.getPriority(),
                incident.getHighestPriority(), incident.getChannel(), incident.getState(), incident.getReportedAt(),
                incident.getResolvedAt(), incident.getClosedAt(), incident.getOwner(), incident.isScopeGap(),
                incident.getLongestSilenceMinutes(), promises, decided, owners,
                incident.getContractVersion() == null ? null
                        : terms.version(incident.getContractId(), incident.getContractVersion()));
    }
}
