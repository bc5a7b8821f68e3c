package io.servicedesk.contract;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashSet;
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

    public Long getVersion() {
        return version;
    }

    void update(String name, Set<ClientContact> contacts) {
        this.name = name;
        this.contacts.clear();
        this.contacts.addAll(contacts);
    }
}
