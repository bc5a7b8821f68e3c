package io.servicedesk.contract;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Contracts extends JpaRepository<Contract, String> {

    List<Contract> findByClientIdOrderByValidFromDesc(String clientId);
}
