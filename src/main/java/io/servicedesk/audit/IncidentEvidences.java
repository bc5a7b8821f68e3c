package io.servicedesk.audit;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface IncidentEvidences extends JpaRepository<IncidentEvidence, Long> {

    /** Changes of one incident from a job and an API call at once are applied one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from IncidentEvidence e where e.incidentNumber = ?1")
    Optional<IncidentEvidence> findForUpdate(Long incidentNumber);

    Optional<IncidentEvidence> findByTicket(String ticket);
}
