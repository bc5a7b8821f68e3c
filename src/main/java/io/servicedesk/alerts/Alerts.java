package io.servicedesk.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Alerts extends JpaRepository<Alert, Long>, JpaSpecificationExecutor<Alert> {

    Optional<Alert> findByOpenFingerprint(String fingerprint);

    List<Alert> findByFingerprintOrderByIdAsc(String fingerprint);

    List<Alert> findByAlertnameOrderByIdAsc(String alertname);

    /**
     * A re-sent notification, counted in place: HA peers and retries deliver the same alert at once, and
     * counting must not make them collide (the version stays for changes that matter, like routing).
     */
    @Modifying
    @Query("update Alert a set a.notifications = a.notifications + 1, a.lastSeenAt = ?2 where a.id = ?1")
    void seenAgain(Long id, Instant at);
}
