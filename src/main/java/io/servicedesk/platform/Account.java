package io.servicedesk.platform;

import java.io.Serializable;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling the API: a person of the MSP, or a technical account with the client or vendor it is bound
 * to. Carried as the Spring Security principal, so every check reads the binding of this very request.
 */
public record Account(String id, List<String> groups, String client, String vendor)
        implements Principal, Serializable {

    @Override
    public String getName() {
        return id;
    }

    public boolean technical() {
        return groups.stream().anyMatch(Groups.TECHNICAL::contains);
    }

    public boolean in(String group) {
        return groups.contains(group);
    }

    /** The account of the API request being served, if it is one. */
    public static Optional<Account> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Account account
                ? Optional.of(account) : Optional.empty();
    }
}
