package io.servicedesk.account;

import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.platform.Conflict;
import io.servicedesk.platform.Groups;
import io.servicedesk.platform.InvalidField;
import io.servicedesk.platform.NotFound;
import io.servicedesk.platform.ServiceClock;
import io.servicedesk.platform.TechnicalAccounts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Technical accounts are Camunda users (so the one user store knows them) in exactly one technical group,
 * without a usable password: they authenticate with API tokens, several at a time so that a token can be
 * rotated without a gap. What each speaks for is a row of ours, beside the tokens' hashes.
 */
@Service
@Transactional
public class AccountDirectory implements TechnicalAccounts {

    private static final Logger log = LoggerFactory.getLogger(AccountDirectory.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Recording every use would write on every API call; to the minute is what rotation needs. */
    private static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

    private final IdentityService identity;
    private final AccountBindings bindings;
    private final ApiTokens tokens;
    private final ContractCatalog catalog;
    private final ServiceClock clock;

    AccountDirectory(IdentityService identity, AccountBindings bindings, ApiTokens tokens, ContractCatalog catalog,
            ServiceClock clock) {
        this.identity = identity;
        this.bindings = bindings;
        this.tokens = tokens;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** A technical account as an administrator sees it; tokens without their secret. */
    public record AccountView(String id, String group, String client, String vendor, List<TokenView> tokens) {
    }

    public record TokenView(String id, String label, java.time.Instant createdAt, String createdBy,
            java.time.Instant lastUsedAt) {
    }

    /** A new token: the only time its secret is shown. */
    public record IssuedToken(String id, String label, String token, java.time.Instant createdAt) {
    }

    // --- what authentication asks

    @Override
    public Optional<String> ownerOf(String token) {
        if (token == null || token.isBlank() || token.length() > 512) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(token)).map(found -> {
            var now = clock.now();
            if (found.getLastUsedAt() == null || found.getLastUsedAt().isBefore(now.minus(USE_RESOLUTION))) {
                found.used(now);
            }
            return found.getAccountId();
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Binding bindingOf(String account) {
        return bindings.findById(account)
                .map(binding -> new Binding(binding.getClientId(), binding.getVendorName()))
                .orElse(Binding.NONE);
    }

    // --- what administrators do

    @Transactional(readOnly = true)
    public List<AccountView> accounts() {
        return Groups.TECHNICAL.stream()
                .flatMap(group -> identity.createUserQuery().memberOfGroup(group).list().stream())
                .map(User::getId).distinct().sorted().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public boolean exists(String id) {
        return technicalGroup(id).isPresent();
    }

    @Transactional(readOnly = true)
    public AccountView account(String id) {
        if (technicalGroup(id).isEmpty()) {
            throw new NotFound("Technical account", id);
        }
        return view(id);
    }

    /**
     * Creates the account or changes what it speaks for. intake: bound to one client; vendor-integration: bound
     * to one vendor (by its name in the contracts); monitoring: bound to nobody.
     */
    public AccountView save(String id, String group, String client, String vendor) {
        if (!Groups.TECHNICAL.contains(group)) {
            throw new InvalidField("group", "A technical account is in one of " + Groups.TECHNICAL);
        }
        checkBinding(group, client, vendor);
        User user = identity.createUserQuery().userId(id).singleResult();
        if (user == null) {
            user = identity.newUser(id);
            user.setFirstName(id);
            user.setLastName("(technical account)");
            // never used and never shown: technical accounts log in with API tokens only
            user.setPassword(secret());
            identity.saveUser(user);
            log.info("Created technical account {} ({})", id, group);
        } else if (technicalGroup(id).isEmpty()) {
            throw new Conflict("id", id + " is a person's account; technical accounts have names of their own");
        }
        for (String other : Groups.TECHNICAL) {
            boolean member = identity.createUserQuery().userId(id).memberOfGroup(other).count() > 0;
            if (other.equals(group) && !member) {
                identity.createMembership(id, other);
            } else if (!other.equals(group) && member) {
                identity.deleteMembership(id, other);
            }
        }
        AccountBinding binding = bindings.findById(id).orElseGet(() -> new AccountBinding(id));
        binding.bind(client, vendor);
        bindings.save(binding);
        return view(id);
    }

    public IssuedToken issueToken(String account, String label, String actor) {
        return issueToken(account, label, actor, "sdt_" + secret());
    }

    /** A token whose secret the caller chose (the demo's, documented in the README); kept once. */
    public IssuedToken issueToken(String account, String label, String actor, String token) {
        account(account);
        String hash = hash(token);
        ApiToken existing = tokens.findByTokenHash(hash).orElse(null);
        if (existing != null) {
            if (!existing.getAccountId().equals(account)) {
                throw new Conflict("token", "This token belongs to another account");
            }
            return new IssuedToken(existing.getId(), existing.getLabel(), token, existing.getCreatedAt());
        }
        ApiToken created = tokens.save(new ApiToken(UUID.randomUUID().toString(), account, hash, label, clock.now(),
                actor));
        log.info("Issued API token {} ({}) for {}", created.getId(), label, account);
        return new IssuedToken(created.getId(), label, token, created.getCreatedAt());
    }

    public void revokeToken(String account, String tokenId) {
        ApiToken token = tokens.findById(tokenId).filter(found -> found.getAccountId().equals(account))
                .orElseThrow(() -> new NotFound("API token", tokenId));
        tokens.delete(token);
        log.info("Revoked API token {} of {}", tokenId, account);
    }

    /** Removes a technical account with its binding and tokens (the demo's former shared "portal"). */
    public void remove(String id) {
        if (technicalGroup(id).isEmpty()) {
            return;
        }
        tokens.findByAccountIdOrderByCreatedAt(id).forEach(tokens::delete);
        bindings.findById(id).ifPresent(bindings::delete);
        identity.deleteUser(id);
        log.info("Removed technical account {}", id);
    }

    private void checkBinding(String group, String client, String vendor) {
        switch (group) {
            case Groups.INTAKE -> {
                if (client == null || vendor != null) {
                    throw new InvalidField("client", "An intake account speaks for exactly one client (and no vendor)");
                }
                if (catalog.findClient(client).isEmpty()) {
                    throw InvalidField.unknownReference("client", "Client " + client + " does not exist");
                }
            }
            case Groups.VENDOR_INTEGRATION -> {
                if (vendor == null || vendor.isBlank() || client != null) {
                    throw new InvalidField("vendor", "A vendor integration speaks for exactly one vendor (and no client)");
                }
            }
            default -> {
                if (client != null || vendor != null) {
                    throw new InvalidField("client", "Monitoring reports for every client: it is bound to none");
                }
            }
        }
    }

    private AccountView view(String id) {
        Binding binding = bindingOf(id);
        return new AccountView(id, technicalGroup(id).orElse(null), binding.client(), binding.vendor(),
                tokens.findByAccountIdOrderByCreatedAt(id).stream()
                        .map(token -> new TokenView(token.getId(), token.getLabel(), token.getCreatedAt(),
                                token.getCreatedBy(), token.getLastUsedAt()))
                        .toList());
    }

    private Optional<String> technicalGroup(String id) {
        return identity.createGroupQuery().groupMember(id).list().stream().map(Group::getId)
                .filter(Groups.TECHNICAL::contains).findFirst();
    }

    private static String secret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Tokens are long random strings: a fast hash keeps them safe at rest and lets them be looked up. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
