package io.servicedesk.alerts;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScopeSightings extends JpaRepository<ScopeSighting, Long> {

    boolean existsByDecisionIdAndSource(Long decisionId, String source);

    List<ScopeSighting> findByDecisionIdOrderBySeenAtAsc(Long decisionId);
}
