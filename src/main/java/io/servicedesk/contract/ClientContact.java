package io.servicedesk.contract;

import jakarta.persistence.Embeddable;

/** A person at the client who receives incident communications. */
@Embeddable
public record ClientContact(String name, String email) {
}
