package io.servicedesk.platform;

import java.util.Optional;

/**
 * What authentication needs to know about technical accounts (portals, mail gateways, monitoring, vendor
 * integrations): whose API token this is, and whom the account speaks for. The account module answers
 * from its tables, which administrators manage at /api/accounts.
 */
public interface TechnicalAccounts {

    /** The account an API token belongs to, if the token is one that has been issued and not revoked. */
    Optional<String> ownerOf(String token);

    /** The client or vendor the account is bound to; {@link Binding#NONE} for staff and monitoring. */
    Binding bindingOf(String account);

    /** At most one of the two is set. */
    record Binding(String client, String vendor) {

        public static final Binding NONE = new Binding(null, null);

        public static Binding client(String client) {
            return new Binding(client, null);
        }

        public static Binding vendor(String vendor) {
            return new Binding(null, vendor);
        }
    }
}
