package io.servicedesk.account;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Whom a technical account speaks for: one client, or one vendor, or (monitoring) nobody in particular. */
@Entity
@Table(name = "account_bindings")
class AccountBinding {

    @Id
    private String accountId;
    private String clientId;
    private String vendorName;
    @Version
    private Long version;

    protected AccountBinding() {
    }

    AccountBinding(String accountId) {
        this.accountId = accountId;
    }

    String getAccountId() {
        return accountId;
    }

    String getClientId() {
        return clientId;
    }

    String getVendorName() {
        return vendorName;
    }

    void bind(String clientId, String vendorName) {
        this.clientId = clientId;
        this.vendorName = vendorName;
    }
}
