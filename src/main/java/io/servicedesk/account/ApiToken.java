package io.servicedesk.account;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An API token of a technical account, kept only as its SHA-256 hash; the token itself is shown once. */
@Entity
@Table(name = "api_tokens")
class ApiToken {

    @Id
    private String id;
    private String accountId;
    private String tokenHash;
    private String label;
    private Instant createdAt;
    private String createdBy;
    private Instant lastUsedAt;

    protected ApiToken() {
    }

    ApiToken(String id, String accountId, String tokenHash, String label, Instant createdAt, String createdBy) {
        this.id = id;
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.label = label;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    String getId() {
        return id;
    }

    String getAccountId() {
        return accountId;
    }

    String getLabel() {
        return label;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getLastUsedAt() {
        return lastUsedAt;
    }

    void used(Instant at) {
        this.lastUsedAt = at;
    }
}
