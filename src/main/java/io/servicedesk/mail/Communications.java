package io.servicedesk.mail;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Communications extends JpaRepository<Communication, Long> {

    Optional<Communication> findByDedupeKey(String dedupeKey);

    List<Communication> findByIncidentNumberOrderByCreatedAtAscIdAsc(Long incidentNumber);
}
