package io.servicedesk.contract;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Assets extends JpaRepository<Asset, String> {

    List<Asset> findByClientIdOrderById(String clientId);

    @Query("select a from Asset a join a.monitoringIds m where m = ?1")
    Optional<Asset> findByMonitoringId(String monitoringId);
}
