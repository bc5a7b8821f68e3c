package io.servicedesk.contract;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** An asset as the API reads and writes it. */
public record AssetPayload(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
        @NotBlank String clientId,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 64) String kind,
        @NotNull Criticality criticality,
        @NotBlank @Size(max = 200) String owner,
        @NotBlank @Size(max = 200) String maintenanceGroup,
        @NotNull Boolean inScope,
        @Size(max = 64) String alertOwner,
        @Size(max = 64) String alertTeam,
        @Size(max = 20) List<@NotBlank @Size(max = 200) String> monitoringIds,
        Long version) {

    static AssetPayload of(Asset asset) {
        return new AssetPayload(asset.getId(), asset.getClientId(), asset.getName(), asset.getKind(),
                asset.getCriticality(), asset.getOwner(), asset.getMaintenanceGroup(), asset.isInScope(),
                asset.getAlertOwner(), asset.getAlertTeam(), List.copyOf(new TreeSet<>(asset.getMonitoringIds())),
                asset.getVersion());
    }

    ContractCatalog.AssetDetails details() {
        return new ContractCatalog.AssetDetails(name, kind, criticality, owner, maintenanceGroup, inScope,
                blankToNull(alertOwner), blankToNull(alertTeam),
                monitoringIds == null ? Set.of() : Set.copyOf(monitoringIds.stream().map(String::trim).toList()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
