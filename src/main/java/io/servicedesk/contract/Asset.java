package io.servicedesk.contract;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;

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
    /** The service-desk user who owns this asset's monitoring alerts; null: the contract's default owner. */
    private String alertOwner;
    /** The group that maintains it: sees the owner's alerts and takes them over. */
    private String alertTeam;
    /** How monitoring names it (Prometheus `instance`, a host name); each identifier names one asset. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "asset_monitoring_ids", joinColumns = @JoinColumn(name = "asset_id"))
    @Column(name = "monitoring_id")
    private Set<String> monitoringIds = new HashSet<>();
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

    void alerting(String alertOwner, String alertTeam, Set<String> monitoringIds) {
        this.alertOwner = alertOwner;
        this.alertTeam = alertTeam;
        this.monitoringIds.clear();
        this.monitoringIds.addAll(monitoringIds);
    }

    void bringIntoScope() {
        this.inScope = true;
    }

    public String getId() { return id; }
    public String getClientId() { return clientId; }
    public String getName() { return name; }
    public String getKind() { return kind; }
    public Criticality getCriticality() { return criticality; }
    public String getOwner() { return owner; }
    public String getMaintenanceGroup() { return maintenanceGroup; }
    public boolean isInScope() { return inScope; }
    public String getAlertOwner() { return alertOwner; }
    public String getAlertTeam() { return alertTeam; }
    public Set<String> getMonitoringIds() { return Set.copyOf(monitoringIds); }
    public Long getVersion() { return version; }
}
