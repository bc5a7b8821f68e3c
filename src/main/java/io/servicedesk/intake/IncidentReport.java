package io.servicedesk.intake;

import io.servicedesk.incident.Channel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A report as a portal, a mail gateway, a phone agent or a monitoring system sends it. The P1 signals
 * are optional: when they are missing or contradict each other a dispatcher reviews the triage.
 */
public record IncidentReport(
        @NotBlank @Size(max = 64) String clientId,
        @NotBlank @Size(max = 200) String summary,
        @NotBlank @Size(max = 10000) String description,
        @NotNull @Valid Reporter reporter,
        @Size(max = 64) String assetId,
        @NotNull Channel channel,
        Boolean criticalOperationsDown,
        @Min(0) @Max(1_000_000) Integer usersBlocked,
        Boolean containmentRequired,
        @Size(max = 200) String externalRef) {

    public record Reporter(@NotBlank @Size(max = 200) String name,
            @NotBlank @Email @Size(max = 320) String email) {
    }
}
