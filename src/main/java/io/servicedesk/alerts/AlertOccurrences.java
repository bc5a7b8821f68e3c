package io.servicedesk.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AlertOccurrences extends JpaRepository<AlertOccurrence, Long> {

    Optional<AlertOccurrence> findByFingerprintAndStartsAt(String fingerprint, Instant startsAt);

    /**
     * Firings of the same alert on the same asset since then, counted by the time they started: alerts of one
     * rule evaluation (three volumes of one host) start together and are one firing.
     */
    @Query("select count(distinct o.startsAt) from AlertOccurrence o where o.recurrenceKey = ?1 and o.startsAt > ?2")
    long countFiringsSince(String recurrenceKey, Instant after);

    long countByRecurrenceKeyAndStartsAt(String recurrenceKey, Instant startsAt);

    Optional<AlertOccurrence> findFirstByRecurrenceKeyAndStartsAtAfterOrderByStartsAtAsc(String recurrenceKey,
            Instant after);

    List<AlertOccurrence> findByAlertIdOrderByStartsAtAsc(Long alertId);
}
