package io.servicedesk.incident;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface Incidents extends JpaRepository<Incident, Long>, JpaSpecificationExecutor<Incident> {

    Optional<Incident> findByClientIdAndIdempotencyKey(String clientId, String idempotencyKey);

    Optional<Incident> findByClientIdAndExternalRef(String clientId, String externalRef);
}
