package io.servicedesk.mail;

import io.servicedesk.contract.Client;
import io.servicedesk.contract.ClientContact;
import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.incident.Incident;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Who receives what: the client's contacts plus the reporter; the members of a team. */
@Component
public class Recipients {

    private final ContractCatalog catalog;
    private final IdentityService identity;

    Recipients(ContractCatalog catalog, IdentityService identity) {
        this.catalog = catalog;
        this.identity = identity;
    }

    /** The client's contacts, and the reporter if the reporter is one of the client's own people (its mail domains). */
    public List<String> client(Incident incident) {
        Client client = catalog.client(incident.getClientId());
        Set<String> addresses = new LinkedHashSet<>();
        client.getContacts().stream().map(ClientContact::email).sorted().forEach(addresses::add);
        if (client.isOwnAddress(incident.getReporterEmail())) {
            addresses.add(incident.getReporterEmail());
        }
        return new ArrayList<>(addresses);
    }

    /** One person's address, when the identity service knows one. */
    public List<String> user(String userId) {
        User user = userId == null ? null : identity.createUserQuery().userId(userId).singleResult();
        return user == null || user.getEmail() == null || user.getEmail().isBlank() ? List.of()
                : List.of(user.getEmail());
    }

    /** A person and a team, each address once: "the accountable owner and the duty managers". */
    public List<String> userAndTeam(String userId, String group) {
        Set<String> addresses = new LinkedHashSet<>(user(userId));
        addresses.addAll(team(group));
        return new ArrayList<>(addresses);
    }

    public List<String> team(String group) {
        return identity.createUserQuery().memberOfGroup(group).list().stream()
                .map(User::getEmail)
                .filter(email -> email != null && !email.isBlank())
                .sorted(Comparator.naturalOrder())
                .distinct()
                .toList();
    }
}
