package io.servicedesk.ownership;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScopedServiceRequests extends JpaRepository<ScopedServiceRequest, Long> {

    List<ScopedServiceRequest> findByIncidentNumberOrderByRequestedAtAscIdAsc(Long incidentNumber);
}
