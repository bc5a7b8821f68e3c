package io.servicedesk.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicedesk.contract.Contract;
import io.servicedesk.platform.ServiceClock;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Keeps every version of every contract's terms from the moment it is written, so evidence judges a period
 * by the contract as it stood then, not as it reads today.
 */
@Component
class ContractSnapshots {

    private final ContractVersions versions;
    private final ObjectMapper json;
    private final ServiceClock clock;

    ContractSnapshots(ContractVersions versions, ObjectMapper json, ServiceClock clock) {
        this.versions = versions;
        this.json = json;
        this.clock = clock;
    }

    /** Records the contract's terms unless this version is recorded already; returns the version. */
    Long keep(Contract contract) {
        Long version = contract.getVersion() == null ? 0L : contract.getVersion();
        if (!versions.existsById(new ContractVersion.Key(contract.getId(), version))) {
            versions.save(new ContractVersion(contract.getId(), version, clock.now(), terms(contract)));
        }
        return version;
    }

    List<ContractVersion> of(String contractId) {
        return versions.findByContractIdOrderByVersionAsc(contractId);
    }

    /** Every readable property of the contract: terms added later are kept without a change here. */
    private String terms(Contract contract) {
        ObjectNode terms = json.valueToTree(contract);
        terms.set("scopedServices", json.valueToTree(contract.scopedServices()));
        return terms.toString();
    }
}
