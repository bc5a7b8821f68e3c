package io.servicedesk.ownership;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FollowUpActions extends JpaRepository<FollowUpAction, Long> {

    List<FollowUpAction> findByIncidentNumberOrderByIdAsc(Long incidentNumber);
}
