package io.servicedesk.vendorcase;

import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.platform.ClientAccess;
import io.servicedesk.platform.Conflict;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Vendor updates, from a vendor integration or typed in by vendor management, correlated to the waiting incident. */
@RestController
class VendorUpdateController {

    static final String VENDOR_UPDATED = "Msg_VendorUpdated";

    private final VendorDesk desk;
    private final RuntimeService runtime;
    private final IncidentRegister register;
    private final ClientAccess access;

    VendorUpdateController(VendorDesk desk, RuntimeService runtime, IncidentRegister register, ClientAccess access) {
        this.desk = desk;
        this.runtime = runtime;
        this.register = register;
        this.access = access;
    }

    enum UpdateStatus {
        /** Progress, questions, partial findings. */
        UPDATE,
        /** The vendor says it is fixed: engineering verifies before the incident counts as resolved. */
        FIX_AVAILABLE
    }

    record VendorUpdate(@NotBlank @Size(max = 100) String caseReference, @NotNull UpdateStatus status,
            @NotBlank @Size(max = 4000) String message) {
    }

    record VendorCaseView(String vendor, String kind, String reference, String status, Instant lastUpdateAt,
            String lastUpdate, Instant nextChaseAt) {
    }

    @PostMapping("/api/incidents/{ticket}/vendor-updates")
    @Transactional
    VendorCaseView update(@PathVariable String ticket, @Valid @RequestBody VendorUpdate update) {
        register.get(ticket);
        access.requireMayUpdateVendorCase(desk.find(ticket, update.caseReference()).getVendorName(),
                update.caseReference());
        try {
            runtime.createMessageCorrelation(VENDOR_UPDATED)
                    .processInstanceBusinessKey(ticket)
                    .processInstanceVariableEquals(VendorVariables.VENDOR_CASE_REFERENCE, update.caseReference())
                    .setVariable(VendorVariables.VENDOR_UPDATE_STATUS, update.status().name())
                    .setVariable(VendorVariables.VENDOR_UPDATE_TEXT, update.message())
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException notWaiting) {
            throw new Conflict("caseReference", ticket + " is not waiting for an update on case "
                    + update.caseReference() + " (its fix is being verified, or the case is done)");
        }
        VendorCase updated = desk.find(ticket, update.caseReference());
        return new VendorCaseView(updated.getVendorName(), updated.getVendorKind().name(), updated.getReference(),
                updated.getStatus().name(), updated.getLastUpdateAt(), updated.getLastUpdate(),
                updated.getNextChaseAt());
    }
}
