package io.servicedesk.ownership;

import io.servicedesk.incident.IncidentQueries;
import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.incident.IncidentView;
import io.servicedesk.platform.ClientAccess;
import io.servicedesk.platform.Conflict;
import io.servicedesk.platform.CurrentActor;
import io.servicedesk.platform.InvalidField;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Explicit ownership changes, and the client's answers: approval of a billable service, confirmation of the fix. */
@RestController
class OwnershipController {

    static final String CLIENT_APPROVAL = "Msg_ClientApprovalReceived";
    static final String CLIENT_CONFIRMED = "Msg_ClientConfirmed";

    private final IncidentRegister register;
    private final IncidentQueries queries;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final CurrentActor actor;
    private final ClientAccess access;

    OwnershipController(IncidentRegister register, IncidentQueries queries, RuntimeService runtime, TaskService tasks,
            IdentityService identity, CurrentActor actor, ClientAccess access) {
        this.access = access;
        this.register = register;
        this.queries = queries;
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
        this.actor = actor;
    }

    record OwnerChange(@NotBlank @Size(max = 64) String owner, @NotBlank @Size(max = 500) String reason) {
    }

    record ClientApproval(@NotNull Decision decision, @NotBlank @Size(max = 200) String decidedBy,
            @Size(max = 4000) String note) {
        enum Decision { APPROVED, REFUSED }
    }

    record ClientConfirmation(@NotBlank @Size(max = 200) String confirmedBy, @Size(max = 4000) String note) {
    }

    /** The only way to change the accountable owner after triage; open update tasks follow the new owner. */
    @PostMapping("/api/incidents/{ticket}/owner")
    @Transactional
    IncidentView changeOwner(@PathVariable String ticket, @Valid @RequestBody OwnerChange change) {
        register.get(ticket);
        if (identity.createUserQuery().userId(change.owner()).count() == 0) {
            throw InvalidField.unknownReference("owner", "User " + change.owner() + " does not exist");
        }
        String before = register.get(ticket).getAccountableOwner();
        register.ownerChanged(ticket, change.owner(), actor.id(), change.reason());
        // the owner's own open tasks follow the new owner (a night-time update stays with on-call)
        if (before != null) {
            tasks.createTaskQuery().processInstanceBusinessKey(ticket)
                    .taskDefinitionKeyIn("Task_WriteClientUpdate", "Task_ReviewIncident").taskAssignee(before)
                    .list().forEach(task -> tasks.setAssignee(task.getId(), change.owner()));
        }
        return queries.view(ticket);
    }

    @PostMapping("/api/incidents/{ticket}/approvals")
    @Transactional
    IncidentView approval(@PathVariable String ticket, @Valid @RequestBody ClientApproval approval) {
        access.requireMayAccess(ticket, register.get(ticket).getClientId());
        correlate(ticket, CLIENT_APPROVAL, "decision", "is not waiting for a client approval", runtime
                .createMessageCorrelation(CLIENT_APPROVAL)
                .setVariable(WorkVariables.APPROVAL_DECISION, approval.decision().name())
                .setVariable(WorkVariables.APPROVED_BY, approval.decidedBy())
                .setVariable(WorkVariables.APPROVAL_NOTE, approval.note()));
        return queries.view(ticket);
    }

    @PostMapping("/api/incidents/{ticket}/confirmation")
    @Transactional
    IncidentView confirmation(@PathVariable String ticket, @Valid @RequestBody ClientConfirmation confirmation) {
        access.requireMayAccess(ticket, register.get(ticket).getClientId());
        // on the record before the process closes the incident, so the closure reads it and the timeline reads in order
        register.clientConfirmed(ticket, confirmation.confirmedBy(), actor.id(), confirmation.note());
        correlate(ticket, CLIENT_CONFIRMED, "confirmedBy", "is not waiting for the client's confirmation",
                runtime.createMessageCorrelation(CLIENT_CONFIRMED));
        return queries.view(ticket);
    }

    private void correlate(String ticket, String message, String field, String notWaiting,
            org.camunda.bpm.engine.runtime.MessageCorrelationBuilder correlation) {
        try {
            correlation.processInstanceBusinessKey(ticket).correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new Conflict(field, ticket + " " + notWaiting);
        }
    }
}
