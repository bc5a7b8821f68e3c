package io.servicedesk.alerts;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProblemReviews extends JpaRepository<ProblemReview, Long>, JpaSpecificationExecutor<ProblemReview> {

    Optional<ProblemReview> findByOpenKey(String openKey);

    /** Another firing on an open review, counted in place: a burst of them must not collide on its version. */
    @Modifying
    @Query("update ProblemReview r set r.occurrences = r.occurrences + 1, r.lastOccurrenceAt = "
            + "case when r.lastOccurrenceAt < ?2 then ?2 else r.lastOccurrenceAt end where r.id = ?1")
    void occurred(Long id, Instant startsAt);

    /** The latest finished review of the same alert on the same asset: firings before it are dealt with. */
    Optional<ProblemReview> findFirstByClientIdAndAssetRefAndAlertnameAndStateOrderByReviewedAtDesc(String clientId,
            String assetRef, String alertname, ProblemReview.State state);
}
