package io.servicedesk.intake;

import io.servicedesk.incident.IncidentQueries;
import io.servicedesk.incident.IncidentView;
import io.servicedesk.platform.ClientAccess;
import io.servicedesk.platform.CurrentActor;
import io.servicedesk.platform.InvalidField;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/incidents")
class IntakeController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final IntakeService intake;
    private final IncidentQueries queries;
    private final CurrentActor actor;
    private final ClientAccess access;

    IntakeController(IntakeService intake, IncidentQueries queries, CurrentActor actor, ClientAccess access) {
        this.intake = intake;
        this.queries = queries;
        this.actor = actor;
        this.access = access;
    }

    /** 201 with the new ticket; a retry of an earlier report answers 200 with that report's ticket. */
    @PostMapping
    ResponseEntity<IncidentView> report(@Valid @RequestBody IncidentReport report,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        access.requireMayReportFor(report.clientId());
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw new InvalidField(IDEMPOTENCY_KEY, "An Idempotency-Key has 1 to 200 characters");
        }
        IntakeService.Intake result = intake.report(report, idempotencyKey, actor.id());
        IncidentView view = queries.view(result.incident().ticket());
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/incidents/" + view.ticket()))
                .header("Idempotent-Replayed", String.valueOf(!result.created()))
                .body(view);
    }
}
