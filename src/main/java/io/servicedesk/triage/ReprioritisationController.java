package io.servicedesk.triage;

import io.servicedesk.contract.Priority;
import io.servicedesk.incident.IncidentQueries;
import io.servicedesk.incident.IncidentView;
import io.servicedesk.platform.CurrentActor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReprioritisationController {

    private final Reprioritisation reprioritisation;
    private final IncidentQueries queries;
    private final CurrentActor actor;

    ReprioritisationController(Reprioritisation reprioritisation, IncidentQueries queries, CurrentActor actor) {
        this.reprioritisation = reprioritisation;
        this.queries = queries;
        this.actor = actor;
    }

    record PriorityChange(@NotNull Priority priority, @NotBlank @Size(max = 500) String reason) {
    }

    /** Re-triage an open incident; the reason goes on its timeline. */
    @PostMapping("/api/incidents/{ticket}/priority")
    IncidentView change(@PathVariable String ticket, @Valid @RequestBody PriorityChange change) {
        reprioritisation.change(ticket, change.priority(), actor.id(), change.reason());
        return queries.view(ticket);
    }
}
