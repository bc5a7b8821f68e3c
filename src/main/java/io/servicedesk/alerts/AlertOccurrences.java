package io.servicedesk.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AlertOccurrences extends JpaRepository<AlertOccurrence, Long> {

    Optional<AlertOccurrence> findByFingerprintAndStartsAt(String fingerprint, Instant startsAt);

    long countByRecurrenceKeyAndStartsAtAfter(String recurrenceKey, Instant after);

    Optional<AlertOccurrence> findFirstByRecurrenceKeyAndStartsAtAfterOrderByStartsAtAsc(String recurrenceKey,
            Instant after);

    List<AlertOccurrence> findByAlertIdOrderByStartsAtAsc(Long alertId);
}
