package io.servicedesk.contract;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

@Entity
@Table(name = "clients")
public class Client {

    @Id
    private String id;
    private String name;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "client_contacts", joinColumns = @JoinColumn(name = "client_id"))
    private Set<ClientContact> contacts = new LinkedHashSet<>();
    /** Where the client's people have their mail: only addresses there hear from us about incidents. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "client_mail_domains", joinColumns = @JoinColumn(name = "client_id"))
    @Column(name = "domain")
    private Set<String> mailDomains = new LinkedHashSet<>();
    @Version
    private Long version;

    protected Client() {
    }

    public Client(String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Set<ClientContact> getContacts() {
        return Set.copyOf(contacts);
    }

    public Set<String> getMailDomains() {
        return Set.copyOf(mailDomains);
    }

    /**
     * Whether an address is one of the client's own (in one of its mail domains, or a subdomain): a report may
     * name any reporter, but only the client's own people are mailed about its incidents.
     */
    public boolean isOwnAddress(String email) {
        int at = email == null ? -1 : email.lastIndexOf('@');
        if (at < 0) {
            return false;
        }
        String domain = email.substring(at + 1).toLowerCase(Locale.ROOT);
        return mailDomains.stream().anyMatch(own -> domain.equals(own) || domain.endsWith("." + own));
    }

    public Long getVersion() {
        return version;
    }

    /** Without mail domains of its own, a client's domains are those of its contacts. */
    void update(String name, Set<ClientContact> contacts, Set<String> mailDomains) {
        this.name = name;
        this.contacts.clear();
        this.contacts.addAll(contacts);
        Set<String> domains = new LinkedHashSet<>();
        if (mailDomains == null || mailDomains.isEmpty()) {
            contacts.forEach(contact -> domains.add(domainOf(contact.email())));
        } else {
            mailDomains.forEach(domain -> domains.add(domain.toLowerCase(Locale.ROOT)));
        }
        this.mailDomains.clear();
        this.mailDomains.addAll(domains);
    }

    private static String domainOf(String email) {
        return email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }
}
