package io.servicedesk.contract;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A client as the API reads and writes it. */
public record ClientPayload(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
        @NotBlank @Size(max = 200) String name,
        @NotEmpty @Size(max = 50) List<@Valid Contact> contacts,
        @Size(max = 20) List<@NotBlank @Pattern(regexp = MAIL_DOMAIN, message = "is not a mail domain") String> mailDomains,
        Long version) {

    /** A host name: labels of letters, digits and dashes, separated by dots. */
    static final String MAIL_DOMAIN = "(?i)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+";

    /** Who at the client receives incident communications. */
    public record Contact(@NotBlank @Size(max = 200) String name,
            @NotBlank @Email @Size(max = 320) String email) {
    }

    static ClientPayload of(Client client) {
        return new ClientPayload(client.getId(), client.getName(),
                client.getContacts().stream()
                        .map(contact -> new Contact(contact.name(), contact.email()))
                        .sorted(java.util.Comparator.comparing(Contact::email))
                        .toList(),
                client.getMailDomains().stream().sorted().toList(),
                client.getVersion());
    }

    Set<String> mailDomainSet() {
        return mailDomains == null ? null : new LinkedHashSet<>(mailDomains);
    }

    Set<ClientContact> contactSet() {
        Set<ClientContact> set = new LinkedHashSet<>();
        Set<String> emails = new java.util.HashSet<>();
        contacts.forEach(contact -> {
            if (!emails.add(contact.email().toLowerCase(java.util.Locale.ROOT))) {
                throw new io.servicedesk.platform.InvalidField("contacts", contact.email() + " is listed twice");
            }
            set.add(new ClientContact(contact.name(), contact.email()));
        });
        return set;
    }
}
