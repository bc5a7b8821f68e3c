package io.servicedesk.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The commitments of one incident while a change is applied: find, add, drop; saved by the projection. */
final class CommitmentBook {

    private final IncidentEvidence incident;
    private final Commitments store;
    private final List<Commitment> commitments;

    private final boolean withVendor;

    /** @param withVendor whether a vendor works the incident now: promises made now are made meanwhile */
    CommitmentBook(IncidentEvidence incident, Commitments store, boolean withVendor) {
        this.incident = incident;
        this.store = store;
        this.withVendor = withVendor;
        this.commitments = new ArrayList<>(store.findByIncidentNumberOrderByIdAsc(incident.getIncidentNumber()));
    }

    List<Commitment> all() {
        return List.copyOf(commitments);
    }

    List<Commitment> of(Commitment.Kind kind) {
        return commitments.stream().filter(commitment -> commitment.is(kind)).toList();
    }

    Optional<Commitment> first(Commitment.Kind kind) {
        return commitments.stream().filter(commitment -> commitment.is(kind)).findFirst();
    }

    Optional<Commitment> numbered(Commitment.Kind kind, int seq) {
        return commitments.stream().filter(commitment -> commitment.is(kind) && commitment.getSeq() == seq)
                .findFirst();
    }

    /** The latest promise of a kind still waiting for its outcome. */
    Optional<Commitment> lastOpen(Commitment.Kind kind) {
        return commitments.stream().filter(commitment -> commitment.is(kind) && commitment.isOpen())
                .max(Comparator.comparingInt(Commitment::getSeq));
    }

    Optional<Commitment> promisedAt(Commitment.Kind kind, Instant at) {
        return commitments.stream()
                .filter(commitment -> commitment.is(kind) && Objects.equals(commitment.getPromisedAt(), at))
                .findFirst();
    }

    Commitment add(Commitment.Kind kind, String subject, String promise, Integer targetMinutes, Instant promisedAt,
            Long contractVersion, String models, Instant recordedAt) {
        int seq = commitments.stream().filter(commitment -> commitment.is(kind)).mapToInt(Commitment::getSeq)
                .max().orElse(0) + 1;
        Commitment commitment = store.save(new Commitment(incident, kind, seq, subject, promise, targetMinutes,
                promisedAt, withVendor, contractVersion, models, recordedAt));
        commitments.add(commitment);
        return commitment;
    }

    /** A promise that is no longer owed (replaced before it fell due, or the incident ended before it). */
    void drop(Commitment commitment) {
        commitments.remove(commitment);
        store.delete(commitment);
        // gone before its replacement takes its number: Hibernate would insert the new row before deleting this one
        store.flush();
    }
}
