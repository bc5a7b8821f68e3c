package io.servicedesk.account;

import io.servicedesk.platform.CurrentActor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Administrators manage technical accounts: what each speaks for, and its API tokens (issue, rotate, revoke). */
@RestController
@RequestMapping("/api/accounts")
class AccountController {

    private final AccountDirectory directory;
    private final CurrentActor actor;

    AccountController(AccountDirectory directory, CurrentActor actor) {
        this.directory = directory;
        this.actor = actor;
    }

    record AccountPayload(@NotBlank @Size(max = 64) String group, @Size(max = 64) String client,
            @Size(max = 200) String vendor) {
    }

    record TokenRequest(@NotBlank @Size(max = 200) String label) {
    }

    @GetMapping
    List<AccountDirectory.AccountView> list() {
        return directory.accounts();
    }

    @GetMapping("/{id}")
    AccountDirectory.AccountView read(@PathVariable String id) {
        return directory.account(id);
    }

    /** Creates the account (201) or changes what it speaks for (200). */
    @PutMapping("/{id}")
    ResponseEntity<AccountDirectory.AccountView> save(
            @PathVariable @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,63}") String id,
            @Valid @RequestBody AccountPayload payload) {
        boolean exists = directory.exists(id);
        AccountDirectory.AccountView saved = directory.save(id, payload.group(), payload.client(), payload.vendor());
        return exists ? ResponseEntity.ok(saved)
                : ResponseEntity.created(URI.create("/api/accounts/" + id)).body(saved);
    }

    /** A new token, shown this once; the old one keeps working until it is revoked, so rotation has no gap. */
    @PostMapping("/{id}/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    AccountDirectory.IssuedToken issue(@PathVariable String id, @Valid @RequestBody TokenRequest request) {
        return directory.issueToken(id, request.label(), actor.id());
    }

    @DeleteMapping("/{id}/tokens/{tokenId}")
    ResponseEntity<Void> revoke(@PathVariable String id, @PathVariable String tokenId) {
        directory.revokeToken(id, tokenId);
        return ResponseEntity.noContent().build();
    }
}
