package io.servicedesk.incident;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IncidentEvents extends JpaRepository<IncidentEvent, Long> {

    List<IncidentEvent> findByIncidentNumberOrderByOccurredAtAscIdAsc(Long incidentNumber);
}
