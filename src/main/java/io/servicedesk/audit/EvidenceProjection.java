package io.servicedesk.audit;

import io.servicedesk.contract.Asset;
import io.servicedesk.contract.Contract;
import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.contract.ContractChanged;
import io.servicedesk.contract.ContractTime;
import io.servicedesk.contract.Priority;
import io.servicedesk.contract.ServiceTarget;
import io.servicedesk.incident.Incident;
import io.servicedesk.incident.IncidentChanged;
import io.servicedesk.incident.IncidentState;
import io.servicedesk.incident.TimelineEvent;
import io.servicedesk.mail.Communication;
import io.servicedesk.mail.Communications;
import io.servicedesk.ownership.FollowUpAction;
import io.servicedesk.ownership.FollowUps;
import io.servicedesk.ownership.Ownership;
import io.servicedesk.ownership.ScopedServiceRequest;
import io.servicedesk.platform.ModelsInForce;
import io.servicedesk.vendorcase.VendorCase;
import io.servicedesk.vendorcase.VendorDesk;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the evidence projection in step with every incident change, in the transaction of the change: the
 * incident record is the truth, this is what an auditor counts. Each promise is frozen with the contract
 * version and the models in force when it was made; what happened is filled in as it happens.
 */
@Component
class EvidenceProjection {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);

    private final IncidentEvidences evidences;
    private final Commitments commitments;
    private final DecisionRecords decisions;
    private final OwnershipRecords ownership;
    private final ContractSnapshots snapshots;
    private final ContractCatalog catalog;
    private final ContractTime time;
    private final VendorDesk vendors;
    private final Ownership ownershipPath;
    private final Communications communications;
    private final ModelsInForce models;
    private final FollowUps followUps;

    EvidenceProjection(IncidentEvidences evidences, Commitments commitments, DecisionRecords decisions,
            OwnershipRecords ownership, ContractSnapshots snapshots, ContractCatalog catalog, ContractTime time,
            VendorDesk vendors, Ownership ownershipPath, Communications communications, ModelsInForce models,
            FollowUps followUps) {
        this.evidences = evidences;
        this.commitments = commitments;
        this.decisions = decisions;
        this.ownership = ownership;
        this.snapshots = snapshots;
        this.catalog = catalog;
        this.time = time;
        this.vendors = vendors;
        this.ownershipPath = ownershipPath;
        this.communications = communications;
        this.models = models;
        this.followUps = followUps;
    }

    @EventListener
    void on(ContractChanged change) {
        snapshots.keep(change.contract());
    }

    @EventListener
    void on(IncidentChanged change) {
        Incident incident = change.incident();
        if (change.type() == TimelineEvent.MAIL_SENT) {
            mailDelivered(incident);
            return;
        }
        Change applied = new Change(change, evidences.findForUpdate(incident.getNumber())
                .orElseGet(() -> opened(incident, change.at())));
        applied.apply();
    }

    private IncidentEvidence opened(Incident incident, Instant at) {
        Contract contract = catalog.contract(incident.getContractId());
        return evidences.save(new IncidentEvidence(incident.getNumber(), incident.ticket(), incident.getClientId(),
                incident.getContractId(), snapshots.keep(contract), incident.getChannel().name(),
                incident.getReportedAt() == null ? at : incident.getReportedAt(), contract.zone()));
    }

    /**
     * A mail is recorded delivered in a transaction of its own while the step that sent it waits, and that
     * step may hold the incident's evidence row: here only the client update it keeps is touched.
     */
    private void mailDelivered(Incident incident) {
        updatesSent(incident, commitments.findByIncidentNumberOrderByIdAsc(incident.getNumber()));
    }

    /** Client updates promised for a due time that a delivered update mail answers: sent, on time or late. */
    private void updatesSent(Incident incident, List<Commitment> promised) {
        if (promised.stream().noneMatch(commitment -> commitment.is(Commitment.Kind.CLIENT_UPDATE)
                && commitment.getActualAt() == null)) {
            return;
        }
        communications.findByIncidentNumberOrderByCreatedAtAscIdAsc(incident.getNumber()).stream()
                .filter(mail -> "CLIENT_UPDATE".equals(mail.getKind()) && mail.getDueAt() != null
                        && mail.getSentAt() != null)
                .forEach(mail -> promised.stream().filter(commitment -> commitment.is(Commitment.Kind.CLIENT_UPDATE)
                                && mail.getDueAt().equals(commitment.getPromisedAt())
                                && commitment.getActualAt() == null)
                        .findFirst()
                        .ifPresent(commitment -> commitment.met(mail.getSentAt(), "Sent to " + mail.getRecipients())));
    }

    /** One incident change applied to its evidence. */
    private final class Change {

        private final Incident incident;
        private final IncidentEvidence evidence;
        private final TimelineEvent type;
        private final Instant at;
        private final String actor;
        private final String detail;
        private final CommitmentBook book;
        private final Supplier<Contract> contract;

        Change(IncidentChanged change, IncidentEvidence evidence) {
            this.incident = change.incident();
            this.evidence = evidence;
            this.type = change.type();
            this.at = change.at();
            this.actor = change.line() == null ? "system" : change.line().getActor();
            this.detail = change.line() == null ? null : change.line().getDetail();
            this.book = new CommitmentBook(evidence, commitments,
                    incident.getState() == IncidentState.WITH_VENDOR);
            this.contract = memoize(() -> catalog.contract(incident.getContractId()));
        }

        void apply() {
            String ownerBefore = evidence.getOwner();
            models.processesInForce().forEach(evidence::usedModel);
            evidence.follow(incident.getState().name(), name(incident.getPriority()), incident.getAccountableOwner(),
                    incident.isScopeGap(), incident.getResolvedAt(), incident.getClosedAt(), at);
            if (type != null) {
                recorded(ownerBefore);
            }
            firstResponse();
            resolution();
            clientUpdates();
            review();
            if (incident.getResolvedAt() != null || incident.getClosedAt() != null) {
                settle();
            }
            evidence.tally(book.all());
        }

        /** What the timeline line says happened, beyond what the record shows. */
        private void recorded(String ownerBefore) {
            switch (type) {
                case TRIAGED, TRIAGE_REVIEW_REQUESTED -> triageDecided("triage", decisionModel("triage"));
                case TRIAGE_REVIEWED, PRIORITY_CHANGED -> triageDecided(actor, models.currentProcess().orElse(null));
                case COVERAGE_DECIDED -> coverageDecided();
                case PAGE_ESCALATED -> evidence.pageEscalated();
                case PAGE_ACKNOWLEDGED -> pageAcknowledged();
                case OWNER_ASSIGNED, OWNER_CHANGED, HANDED_OFF -> ownershipChanged(ownerBefore);
                case VENDOR_CASE_OPENED, VENDOR_UPDATE, VENDOR_CHASED, VENDOR_FIX_VERIFIED, VENDOR_FIX_REJECTED ->
                        vendorCases();
                case SCOPED_SERVICE_REQUESTED, SCOPED_SERVICE_DECIDED -> scopedServices();
                case POST_INCIDENT_REVIEW -> {
                    reviewed();
                    followUps();
                }
                case FOLLOW_UP_DONE, FOLLOW_UP_CHASED -> followUps();
                default -> {
                }
            }
        }

        // --- decisions

        /** The decision table evaluated now and the diagram that asked: "incident v3, triage v2". */
        private String decisionModel(String key) {
            String decision = models.latestDecision(key).orElse(null);
            evidence.usedModel(decision);
            return models.currentProcess().map(process -> decision == null ? process : process + ", " + decision)
                    .orElse(decision);
        }

        private void triageDecided(String decidedBy, String model) {
            String outcome = type == TimelineEvent.TRIAGE_REVIEW_REQUESTED
                    ? "REVIEW (suggested " + name(incident.getPriority()) + ")" : name(incident.getPriority());
            String reason = type == TimelineEvent.TRIAGED || type == TimelineEvent.TRIAGE_REVIEW_REQUESTED
                    ? incident.getTriageReason() : detail;
            decisions.save(new DecisionRecord(evidence, DecisionRecord.Kind.TRIAGE, at, decidedBy, outcome, reason,
                    triageInputs(), name(incident.getPriority()), null, null, model,
                    snapshots.keep(contract.get())));
        }

        private String triageInputs() {
            String criticality = incident.getAssetId() == null ? "no asset named"
                    : catalog.findAsset(incident.getAssetId()).map(Asset::getCriticality).map(Enum::name)
                            .map(level -> "asset " + incident.getAssetId() + " (" + level + ")")
                            .orElse("asset " + incident.getAssetId());
            return "critical operations down: " + signal(incident.getCriticalOperationsDown())
                    + "; users blocked: " + signal(incident.getUsersBlocked())
                    + "; immediate containment required: " + signal(incident.getContainmentRequired())
                    + "; " + criticality + (incident.isScopeGap() ? " outside the contract's scope" : "");
        }

        private void coverageDecided() {
            boolean inWindow = Boolean.TRUE.equals(incident.getInWindow());
            String action = incident.getCoverageAction();
            Long version = snapshots.keep(contract.get());
            String coverage = contract.get().getAfterHoursCoverage().name();
            String model = decisionModel("coverage");
            String inputs = "priority " + name(incident.getPriority()) + "; "
                    + (inWindow ? "inside the support window" : "outside the support window (it opens "
                    + local(incident.getWindowOpensAt()) + ")") + "; after-hours coverage " + coverage;
            decisions.save(new DecisionRecord(evidence, DecisionRecord.Kind.COVERAGE, at, actor, action,
                    incident.getCoverageReason(), inputs, name(incident.getPriority()), inWindow, coverage, model,
                    version));
            evidence.coverageDecided(inWindow, action);
            if ("PAGE_ON_CALL".equals(action)) {
                evidence.paged(at);
                int timeout = contract.get().getAckTimeoutMinutes();
                book.add(Commitment.Kind.PAGE_ACKNOWLEDGEMENT, name(incident.getPriority()),
                        "On-call acknowledges the page within " + timeout + " minutes, else it escalates",
                        timeout, at.plus(Duration.ofMinutes(timeout)), version, evidence.getModels(), at);
            }
        }

        private void pageAcknowledged() {
            evidence.acknowledged(incident.getAcknowledgedBy(), incident.getAcknowledgedAt());
            book.lastOpen(Commitment.Kind.PAGE_ACKNOWLEDGEMENT).ifPresent(page -> page.met(
                    incident.getAcknowledgedAt(), "Acknowledged by " + incident.getAcknowledgedBy()
                            + (evidence.getPageEscalations() == 0 ? ""
                            : " after " + evidence.getPageEscalations() + " escalation(s)")));
        }

        private void ownershipChanged(String ownerBefore) {
            String ownerAfter = incident.getAccountableOwner();
            OwnershipRecord.Kind kind = OwnershipRecord.Kind.valueOf(type.name());
            ownership.save(new OwnershipRecord(evidence, kind, at, actor, ownerBefore, ownerAfter, detail));
            if (kind == OwnershipRecord.Kind.OWNER_CHANGED) {
                evidence.ownerChanged();
            } else if (kind == OwnershipRecord.Kind.HANDED_OFF) {
                evidence.handedOff(Objects.equals(ownerBefore, ownerAfter));
            }
        }

        private void vendorCases() {
            List<VendorCase> cases = vendors.casesOf(incident);
            int chases = 0;
            for (int i = 0; i < cases.size(); i++) {
                VendorCase vendorCase = cases.get(i);
                chases += vendorCase.getChases();
                Commitment answer = book.numbered(Commitment.Kind.VENDOR_RESPONSE, i + 1)
                        .orElseGet(() -> vendorPromise(vendorCase));
                if (answer.getActualAt() == null && vendorCase.getLastUpdateAt() != null) {
                    answer.met(vendorCase.getLastUpdateAt(), "First answer: " + vendorCase.getLastUpdate());
                }
            }
            evidence.vendorCases(cases.size(), chases);
        }

        private Commitment vendorPromise(VendorCase vendorCase) {
            Integer target = contract.get().vendor(vendorCase.getVendorKind())
                    .map(vendor -> vendor.responseTargetMinutes()).orElse(null);
            return book.add(Commitment.Kind.VENDOR_RESPONSE, vendorCase.getVendorName() + " case "
                            + vendorCase.getReference(),
                    vendorCase.getVendorName() + " (" + vendorCase.getVendorKind() + ") answers within "
                            + (target == null ? "its response target" : target + " minutes")
                            + "; chased when silent, while " + evidence.getOwner() + " keeps the incident",
                    target, target == null ? null : vendorCase.getOpenedAt().plus(Duration.ofMinutes(target)),
                    snapshots.keep(contract.get()), evidence.getModels(), vendorCase.getOpenedAt());
        }

        private void scopedServices() {
            List<ScopedServiceRequest> requests = ownershipPath.requestsOf(incident);
            int[] counts = new int[5];
            for (int i = 0; i < requests.size(); i++) {
                ScopedServiceRequest request = requests.get(i);
                Commitment scoped = book.numbered(Commitment.Kind.SCOPED_SERVICE, i + 1).orElseGet(() -> book.add(
                        Commitment.Kind.SCOPED_SERVICE, request.getService().name(), request.getService() + " is "
                                + request.getScope() + " in the contract" + switch (request.getScope()) {
                                    case INCLUDED -> ": it proceeds";
                                    case SEPARATELY_SCOPED -> ": billable, the client approves before work starts";
                                    case NOT_OFFERED -> ": the owner finds another path";
                                }, null, null, snapshots.keep(contract.get()), evidence.getModels(),
                        request.getRequestedAt()));
                String by = request.getDecidedBy() == null ? "" : " by " + request.getDecidedBy()
                        + (request.getNote() == null || request.getNote().isBlank() ? "" : ": " + request.getNote());
                switch (request.getDecision()) {
                    case PROCEEDS -> {
                        counts[0]++;
                        scoped.decided(request.getDecidedAt(), "Included: proceeded", "INCLUDED");
                    }
                    case APPROVED -> {
                        counts[1]++;
                        scoped.decided(request.getDecidedAt(), "Approved" + by, "APPROVED");
                    }
                    case REFUSED -> {
                        counts[2]++;
                        scoped.decided(request.getDecidedAt(), "Refused" + by, "REFUSED");
                    }
                    case NOT_OFFERED -> {
                        counts[3]++;
                        scoped.decided(request.getDecidedAt(), "Not offered: not done", "NOT_OFFERED");
                    }
                    case AWAITING_APPROVAL -> counts[4]++;
                }
            }
            evidence.scopedServices(counts[0], counts[1], counts[2], counts[3], counts[4]);
        }

        private void reviewed() {
            ownershipPath.reviewOf(incident).ifPresent(review -> evidence.reviewed(review.getReviewedAt()));
        }

        /** The review's follow-up actions: how many, done, late (done after their due time, or open past it). */
        private void followUps() {
            List<FollowUpAction> actions = followUps.of(incident);
            int done = 0;
            int late = 0;
            for (FollowUpAction action : actions) {
                if (action.getStatus() == FollowUpAction.Status.DONE) {
                    done++;
                    if (action.getDoneAt().isAfter(action.getDueAt())) {
                        late++;
                    }
                } else if (action.isLate(at)) {
                    late++;
                }
            }
            evidence.followUps(actions.size(), done, late);
        }

        // --- promises the record carries

        private void firstResponse() {
            Instant due = incident.getResponseDueAt();
            if (due == null || incident.getPriority() == null) {
                return;
            }
            Commitment response = book.first(Commitment.Kind.FIRST_RESPONSE).orElse(null);
            if (response == null || response.isOpen() && !due.equals(response.getPromisedAt())) {
                Priority priority = incident.getPriority();
                int minutes = contract.get().target(priority).responseMinutes();
                String promise = "First response within " + minutes + " minutes (" + priority + ", "
                        + (time.aroundTheClock(contract.get(), priority) ? "around the clock" : "business time")
                        + ")";
                Long version = snapshots.keep(contract.get());
                if (response == null) {
                    response = book.add(Commitment.Kind.FIRST_RESPONSE, priority.name(), promise, minutes, due,
                            version, evidence.getModels(), at);
                } else {
                    response.repromise(priority.name(), promise, minutes, due, version, evidence.getModels());
                }
            }
            if (response.getActualAt() == null && incident.getRespondedAt() != null) {
                response.met(incident.getRespondedAt(), type == TimelineEvent.FIRST_RESPONSE ? detail
                        : "Responded");
            }
        }

        /** Counted from the report, in the contract's time for the priority as it stands until resolution. */
        private void resolution() {
            Priority priority = incident.getPriority();
            if (priority == null) {
                return;
            }
            Commitment resolution = book.first(Commitment.Kind.RESOLUTION).orElse(null);
            // the incident's own resolution due time once it has one (a re-triage moves it); until then as counted
            ServiceTarget target = contract.get().target(priority);
            Instant due = incident.getResolutionDueAt() != null ? incident.getResolutionDueAt()
                    : time.plus(contract.get(), priority, evidence.getReportedAt(), target.resolutionMinutes());
            if (incident.getResolvedAt() == null && (resolution == null || resolution.isOpen()
                    && (!priority.name().equals(resolution.getSubject()) || !due.equals(resolution.getPromisedAt())))) {
                String promise = "Resolved within " + target.resolutionMinutes() + " minutes of the report ("
                        + priority + ", " + (time.aroundTheClock(contract.get(), priority) ? "around the clock"
                        : "business time") + ")";
                Long version = snapshots.keep(contract.get());
                if (resolution == null) {
                    book.add(Commitment.Kind.RESOLUTION, priority.name(), promise, target.resolutionMinutes(), due,
                            version, evidence.getModels(), at);
                } else {
                    resolution.repromise(priority.name(), promise, target.resolutionMinutes(), due, version,
                            evidence.getModels());
                }
            }
            if (resolution == null) {
                resolution = book.first(Commitment.Kind.RESOLUTION).orElse(null);
            }
            if (resolution != null && resolution.getActualAt() == null && incident.getResolvedAt() != null) {
                resolution.met(incident.getResolvedAt(), type == TimelineEvent.RESOLVED ? detail : "Resolved");
            }
        }

        /**
         * The next client update the record promises. A promise replaced before it fell due (a re-triage, the
         * owner's own earlier promise) no longer counts; one that fell due unsent stays, late or missed.
         */
        private void clientUpdates() {
            if (book.of(Commitment.Kind.CLIENT_UPDATE).stream().anyMatch(update -> update.getActualAt() == null
                    && update.getPromisedAt() != null && !update.getPromisedAt().isAfter(at))) {
                // an update mail is recorded in its own transaction; one it could not match is matched here
                updatesSent(incident, book.all());
            }
            Instant due = incident.getNextUpdateDueAt();
            Instant seen = evidence.getUpdateDueAt();
            if (Objects.equals(due, seen)) {
                return;
            }
            if (seen != null) {
                book.promisedAt(Commitment.Kind.CLIENT_UPDATE, seen)
                        .filter(update -> update.isOpen() && update.getActualAt() == null && seen.isAfter(at))
                        .ifPresent(book::drop);
            }
            if (due != null && book.promisedAt(Commitment.Kind.CLIENT_UPDATE, due).isEmpty()
                    && incident.getPriority() != null) {
                Integer cadence = contract.get().target(incident.getPriority()).updateCadenceMinutes();
                book.add(Commitment.Kind.CLIENT_UPDATE, null, "Client update by " + local(due)
                                + " (what is known, what is being checked, the next action, the next update)"
                                + (cadence == null ? "" : "; " + incident.getPriority() + " cadence " + cadence
                                + " minutes"), cadence, due, snapshots.keep(contract.get()), evidence.getModels(), at);
            }
            evidence.updateDue(due);
        }

        private void review() {
            if (!evidence.isReviewRequired()) {
                return;
            }
            Commitment review = book.first(Commitment.Kind.P1_REVIEW).orElseGet(() -> book.add(
                    Commitment.Kind.P1_REVIEW, null, "A post-incident review of every P1: root cause, scope and "
                            + "monitoring checked, follow-ups with owners", null, null,
                    snapshots.keep(contract.get()), evidence.getModels(), at));
            if (review.getActualAt() == null && evidence.getReviewedAt() != null) {
                review.met(evidence.getReviewedAt(), ownershipPath.reviewOf(incident)
                        .map(done -> "Reviewed by " + done.getReviewedBy() + ": " + done.getRootCause())
                        .orElse("Reviewed"));
            }
        }

        /** Resolved or closed: what was owed before then and never came is missed; what was not yet due is not owed. */
        private void settle() {
            Instant end = incident.getResolvedAt() != null ? incident.getResolvedAt() : incident.getClosedAt();
            updatesSent(incident, book.all());
            for (Commitment update : book.of(Commitment.Kind.CLIENT_UPDATE)) {
                if (update.isOpen()) {
                    if (update.getPromisedAt().isBefore(end)) {
                        update.missed("No update sent before it was resolved");
                    } else {
                        book.drop(update);
                    }
                }
            }
            book.of(Commitment.Kind.PAGE_ACKNOWLEDGEMENT).stream().filter(Commitment::isOpen)
                    .forEach(page -> page.missed("Resolved without an acknowledgement of the page"));
            book.of(Commitment.Kind.VENDOR_RESPONSE).stream().filter(Commitment::isOpen)
                    .forEach(vendor -> vendor.missed("The vendor had not answered when it was resolved"));
            book.of(Commitment.Kind.FIRST_RESPONSE).stream().filter(Commitment::isOpen)
                    .forEach(response -> response.missed("Resolved without a recorded first response"));
            evidence.silence(longestSilence(end));
        }

        /** The longest time the client heard nothing from us between the report and the resolution. */
        private Integer longestSilence(Instant end) {
            String thread = "<" + incident.ticket() + ".client@";
            List<Instant> contacts = new ArrayList<>();
            contacts.add(evidence.getReportedAt());
            communications.findByIncidentNumberOrderByCreatedAtAscIdAsc(incident.getNumber()).stream()
                    .filter(mail -> mail.getSentAt() != null && mail.getInReplyTo() != null
                            && mail.getInReplyTo().startsWith(thread) && mail.getSentAt().isBefore(end))
                    .map(Communication::getSentAt).sorted().forEach(contacts::add);
            contacts.add(end);
            long longest = 0;
            for (int i = 1; i < contacts.size(); i++) {
                longest = Math.max(longest, Duration.between(contacts.get(i - 1), contacts.get(i)).toMinutes());
            }
            return (int) longest;
        }

        private String local(Instant instant) {
            return instant == null ? "unknown" : LOCAL.format(instant.atZone(contract.get().zone())) + " ("
                    + contract.get().getTimeZone() + ")";
        }
    }

    private static String name(Priority priority) {
        return priority == null ? null : priority.name();
    }

    private static String signal(Object value) {
        return value == null ? "not stated" : value.toString();
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
