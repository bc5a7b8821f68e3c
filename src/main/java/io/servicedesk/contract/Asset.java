package io.servicedesk.contract;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A client system with a named owner; outside the contract's scope it is a scope gap, never ignored. */
@Entity
@Table(name = "assets")
public class Asset {

    @Id
    private String id;
    private String clientId;
    private String name;
    private String kind;
    @Enumerated(EnumType.STRING)
    private Criticality criticality;
    private String owner;
    private String maintenanceGroup;
    private boolean inScope;
    @Version
    private Long version;

    protected Asset() {
    }

    public Asset(String id, String clientId) {
        this.id = id;
        this.clientId = clientId;
    }

    void update(String name, String kind, Criticality criticality, String owner, String maintenanceGroup,
            boolean inScope) {
        this.name = name;
        this.kind = kind;
        this.criticality = criticality;
        this.owner = owner;
        this.maintenanceGroup = maintenanceGroup;
        this.inScope = inScope;
    }

    public String getId() { return id; }
    public String getClientId() { return clientId; }
    public String getName() { return name; }
    public String getKind() { return kind; }
    public Criticality getCriticality() { return criticality; }
    public String getOwner() { return owner; }
    public String getMaintenanceGroup() { return maintenanceGroup; }
    public boolean isInScope() { return inScope; }
    public Long getVersion() { return version; }
}
