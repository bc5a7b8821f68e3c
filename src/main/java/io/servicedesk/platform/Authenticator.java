package io.servicedesk.platform;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Turns credentials into an {@link Account}: people by their Camunda password, technical accounts by an API
 * token (as a Bearer token, or as the password of HTTP Basic for integrations that only speak Basic). A
 * technical account's password, should somebody set one in Camunda Admin, opens nothing here.
 */
@Component
class Authenticator {

    private final IdentityService identity;
    private final ObjectProvider<TechnicalAccounts> technicalAccounts;

    Authenticator(IdentityService identity, ObjectProvider<TechnicalAccounts> technicalAccounts) {
        this.identity = identity;
        this.technicalAccounts = technicalAccounts;
    }

    Account basic(String user, String secret) {
        if (user == null || user.isBlank() || secret == null || secret.isEmpty()) {
            throw new BadCredentialsException("Unknown user or wrong password");
        }
        List<String> groups = groupsOf(user);
        boolean technical = groups.stream().anyMatch(Groups.TECHNICAL::contains);
        boolean valid = technical ? tokenOwner(secret).filter(user::equals).isPresent()
                : identity.checkPassword(user, secret);
        if (!valid) {
            throw new BadCredentialsException(technical
                    ? "Technical accounts authenticate with their API token" : "Unknown user or wrong password");
        }
        return account(user, groups);
    }

    Account bearer(String token) {
        String owner = tokenOwner(token).orElseThrow(() -> new BadCredentialsException("Unknown or revoked API token"));
        List<String> groups = groupsOf(owner);
        if (groups.stream().noneMatch(Groups.TECHNICAL::contains)) {
            throw new BadCredentialsException("API tokens are for technical accounts only");
        }
        return account(owner, groups);
    }

    static List<SimpleGrantedAuthority> authorities(Account account) {
        return account.groups().stream().map(Groups::authority).map(SimpleGrantedAuthority::new).toList();
    }

    private Account account(String user, List<String> groups) {
        TechnicalAccounts.Binding binding = groups.stream().anyMatch(Groups.TECHNICAL::contains)
                ? Optional.ofNullable(technicalAccounts.getIfAvailable()).map(accounts -> accounts.bindingOf(user))
                        .orElse(TechnicalAccounts.Binding.NONE)
                : TechnicalAccounts.Binding.NONE;
        return new Account(user, groups, binding.client(), binding.vendor());
    }

    private Optional<String> tokenOwner(String token) {
        TechnicalAccounts accounts = technicalAccounts.getIfAvailable();
        return accounts == null ? Optional.empty() : accounts.ownerOf(token);
    }

    private List<String> groupsOf(String user) {
        return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    }
}
