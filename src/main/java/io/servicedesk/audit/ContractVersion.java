package io.servicedesk.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One version of a contract's terms as written (JSON), and from when it was in force. */
@Entity
@Table(name = "audit_contract_terms")
@IdClass(ContractVersion.Key.class)
class ContractVersion {

    record Key(String contractId, Long version) implements Serializable {
        Key() {
            this(null, null);
        }
    }

    @Id
    private String contractId;
    @Id
    private Long version;
    private Instant recordedAt;
    private String terms;

    protected ContractVersion() {
    }

    ContractVersion(String contractId, Long version, Instant recordedAt, String terms) {
        this.contractId = contractId;
        this.version = version;
        this.recordedAt = recordedAt;
        this.terms = terms;
    }

    String getContractId() { return contractId; }
    Long getVersion() { return version; }
    Instant getRecordedAt() { return recordedAt; }
    String getTerms() { return terms; }
}
