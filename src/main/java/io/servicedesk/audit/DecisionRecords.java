package io.servicedesk.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionRecords extends JpaRepository<DecisionRecord, Long> {

    List<DecisionRecord> findByIncidentNumberOrderByDecidedAtAscIdAsc(Long incidentNumber);
}
