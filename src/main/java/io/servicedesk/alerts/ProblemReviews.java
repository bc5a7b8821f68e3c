package io.servicedesk.alerts;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ProblemReviews extends JpaRepository<ProblemReview, Long>, JpaSpecificationExecutor<ProblemReview> {

    Optional<ProblemReview> findByOpenKey(String openKey);

    /** The latest finished review of the same alert on the same asset: firings before it are dealt with. */
    Optional<ProblemReview> findFirstByClientIdAndAssetRefAndAlertnameAndStateOrderByReviewedAtDesc(String clientId,
            String assetRef, String alertname, ProblemReview.State state);
}
