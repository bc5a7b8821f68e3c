package io.servicedesk.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OwnershipRecords extends JpaRepository<OwnershipRecord, Long> {

    List<OwnershipRecord> findByIncidentNumberOrderByOccurredAtAscIdAsc(Long incidentNumber);
}
