package io.servicedesk.contract;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Assets extends JpaRepository<Asset, String> {

    List<Asset> findByClientIdOrderById(String clientId);
}
