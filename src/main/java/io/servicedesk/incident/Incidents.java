package io.servicedesk.incident;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface Incidents extends JpaRepository<Incident, Long>, JpaSpecificationExecutor<Incident> {

    Optional<Incident> findByClientIdAndIdempotencyKey(String clientId, String idempotencyKey);

    /** The newest incident with this external reference (an earlier one may have recurred as it). */
    @Query("select incident from Incident incident where incident.clientId = ?1 and incident.externalRefKey = ?2")
    Optional<Incident> findByClientIdAndExternalRef(String clientId, String externalRef);

    List<Incident> findByRecurrenceOfOrderByNumberAsc(Long earlier);
}
