package io.servicedesk.platform;

import org.springframework.stereotype.Component;

/**
 * Many clients share this service: an account that speaks for a client (its portal, its mail gateway) reports,
 * reads and answers for that client only, and a vendor's account updates that vendor's cases only. Staff and
 * the MSP's monitoring are not bound (what they may call at all is the security configuration's business).
 * Another client's ticket is answered like one that does not exist.
 */
@Component
public class ClientAccess {

    /** Reporting an incident for this client. */
    public void requireMayReportFor(String clientId) {
        Account.current().filter(ClientAccess::clientBound).ifPresent(account -> {
            if (!clientId.equals(account.client())) {
                throw new Forbidden("clientId", boundMessage(account) + ": it cannot report for client " + clientId);
            }
        });
    }

    /** Reading, or answering for (approvals, confirmations), a ticket of this client. */
    public void requireMayAccess(String ticket, String clientId) {
        Account.current().filter(ClientAccess::clientBound).ifPresent(account -> {
            if (!clientId.equals(account.client())) {
                throw new NotFound("Incident", ticket);
            }
        });
    }

    /** The client a list of incidents is limited to: the requested one, or the account's own. */
    public String visibleClient(String requested) {
        return Account.current().filter(ClientAccess::clientBound).map(account -> {
            if (requested != null && !requested.equals(account.client())) {
                throw new Forbidden("client", boundMessage(account) + ": it cannot list client " + requested);
            }
            return account.client();
        }).orElse(requested);
    }

    /** Posting an update on a case with this vendor. */
    public void requireMayUpdateVendorCase(String vendorName, String caseReference) {
        Account.current().filter(account -> account.in(Groups.VENDOR_INTEGRATION)).ifPresent(account -> {
            if (account.vendor() == null || !account.vendor().equalsIgnoreCase(vendorName)) {
                throw new Forbidden("caseReference", "Account " + account.id() + " speaks for "
                        + (account.vendor() == null ? "no vendor yet" : account.vendor())
                        + ": case " + caseReference + " is not its vendor's");
            }
        });
    }

    /** Bound to a client, or in the client-facing group without a binding yet: then it may act for nobody. */
    private static boolean clientBound(Account account) {
        return account.client() != null || account.in(Groups.INTAKE);
    }

    private static String boundMessage(Account account) {
        return account.client() == null
                ? "Account " + account.id() + " is not bound to a client yet (an administrator binds it at /api/accounts)"
                : "Account " + account.id() + " speaks for client " + account.client();
    }
}
