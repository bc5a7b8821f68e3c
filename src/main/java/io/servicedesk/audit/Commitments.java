package io.servicedesk.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Commitments extends JpaRepository<Commitment, Long> {

    List<Commitment> findByIncidentNumberOrderByIdAsc(Long incidentNumber);
}
