package io.servicedesk.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContractVersions extends JpaRepository<ContractVersion, ContractVersion.Key> {

    List<ContractVersion> findByContractIdOrderByVersionAsc(String contractId);
}
