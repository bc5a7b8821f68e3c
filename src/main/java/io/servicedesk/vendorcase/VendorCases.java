package io.servicedesk.vendorcase;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VendorCases extends JpaRepository<VendorCase, Long> {

    List<VendorCase> findByIncidentNumberOrderByOpenedAtAsc(Long incidentNumber);

    Optional<VendorCase> findByIncidentNumberAndReference(Long incidentNumber, String reference);
}
