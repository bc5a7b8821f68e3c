package io.servicedesk.contract;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

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
        Long version) {

    static AssetPayload of(Asset asset) {
        return new AssetPayload(asset.getId(), asset.getClientId(), asset.getName(), asset.getKind(),
                asset.getCriticality(), asset.getOwner(), asset.getMaintenanceGroup(), asset.isInScope(),
                asset.getVersion());
    }

    ContractCatalog.AssetDetails details() {
        return new ContractCatalog.AssetDetails(name, kind, criticality, owner, maintenanceGroup, inScope);
    }
}
