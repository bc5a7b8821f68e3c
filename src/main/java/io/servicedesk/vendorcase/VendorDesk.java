package io.servicedesk.vendorcase;

import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.contract.Vendor;
import io.servicedesk.contract.VendorKind;
import io.servicedesk.incident.Incident;
import io.servicedesk.incident.IncidentRegister;
import io.servicedesk.incident.TimelineEvent;
import io.servicedesk.platform.ServiceClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Vendor cases of incidents: opened, updated, chased, their fix verified; every step on the timeline. */
@Service
@Transactional
public class VendorDesk {

    private final VendorCases cases;
    private final IncidentRegister register;
    private final ContractCatalog catalog;
    private final ServiceClock clock;

    VendorDesk(VendorCases cases, IncidentRegister register, ContractCatalog catalog, ServiceClock clock) {
        this.cases = cases;
        this.register = register;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The vendor of a kind in the incident's contract; a business failure the worker sees when there is none. */
    @Transactional(readOnly = true)
    public Vendor vendorFor(String ticket, VendorKind kind) {
        String contractId = register.get(ticket).getContractId();
        return catalog.contract(contractId).vendor(kind).orElseThrow(() -> new ProcessEngineException(
                "Contract " + contractId + " names no " + kind + " vendor: choose another path"));
    }

    public VendorCase open(String ticket, VendorKind kind, String reference, String actor) {
        Incident incident = register.get(ticket);
        Vendor vendor = vendorFor(ticket, kind);
        if (reference == null || reference.isBlank()) {
            throw new ProcessEngineException("Enter the vendor's case reference");
        }
        if (cases.findByIncidentNumberAndReference(incident.getNumber(), reference.trim()).isPresent()) {
            throw new ProcessEngineException("Case " + reference + " is already recorded for " + ticket);
        }
        Instant now = clock.now();
        VendorCase opened = cases.save(new VendorCase(incident.getNumber(), kind, vendor.name(), vendor.email(),
                reference.trim(), actor, now, now.plus(Duration.ofMinutes(vendor.responseTargetMinutes()))));
        register.note(ticket, TimelineEvent.VENDOR_CASE_OPENED, actor, "Case " + opened.getReference() + " opened with "
                + vendor.name() + " (" + kind + "); the incident stays with " + incident.getAccountableOwner());
        return opened;
    }

    public VendorCase update(String ticket, String reference, boolean fixReported, String text, String actor) {
        VendorCase vendorCase = find(ticket, reference);
        Instant now = clock.now();
        vendorCase.updated(text, fixReported, now, now.plus(responseTarget(ticket, vendorCase)));
        register.note(ticket, TimelineEvent.VENDOR_UPDATE, actor, vendorCase.getVendorName() + " on case "
                + reference + (fixReported ? " reports a fix: " : ": ") + text);
        return vendorCase;
    }

    public VendorCase chased(String ticket, String reference) {
        VendorCase vendorCase = find(ticket, reference);
        Duration target = responseTarget(ticket, vendorCase);
        vendorCase.chased(clock.now().plus(target));
        register.note(ticket, TimelineEvent.VENDOR_CHASED, "system", vendorCase.getVendorName()
                + " silent past its response target of " + target.toMinutes() + " minutes: chased (#"
                + vendorCase.getChases() + ") and vendor management asked to follow up");
        return vendorCase;
    }

    public void verified(String ticket, String reference, boolean works, String notes, String actor) {
        VendorCase vendorCase = find(ticket, reference);
        vendorCase.fixVerified(works, clock.now().plus(responseTarget(ticket, vendorCase)));
        register.note(ticket, works ? TimelineEvent.VENDOR_FIX_VERIFIED : TimelineEvent.VENDOR_FIX_REJECTED, actor,
                (works ? "Vendor fix verified: " : "Vendor fix does not work, vendor asked to continue: ") + notes);
    }

    /** The vendor stays silent after the contract's number of chases: the owner and the duty manager step in. */
    public VendorCase escalated(String ticket, String reference) {
        VendorCase vendorCase = find(ticket, reference);
        int chases = vendorCase.getUnansweredChases();
        vendorCase.escalated(clock.now());
        register.note(ticket, TimelineEvent.VENDOR_SILENCE_ESCALATED, "system", vendorCase.getVendorName()
                + " did not answer " + chases + " chases on case " + reference + ": the accountable owner "
                + register.get(ticket).getAccountableOwner() + " and the duty manager are asked to step in");
        return vendorCase;
    }

    /** Whether the vendor has stayed silent through as many chases as the contract allows. */
    @Transactional(readOnly = true)
    public boolean chasesExhausted(String ticket, String reference) {
        Incident incident = register.get(ticket);
        return find(ticket, reference).getUnansweredChases()
                >= catalog.contract(incident.getContractId()).getVendorChasesBeforeEscalation();
    }

    /** How long the vendor may be silent: its response target in the incident's contract. */
    private Duration responseTarget(String ticket, VendorCase vendorCase) {
        return Duration.ofMinutes(vendorFor(ticket, vendorCase.getVendorKind()).responseTargetMinutes());
    }

    @Transactional(readOnly = true)
    public VendorCase find(String ticket, String reference) {
        Incident incident = register.get(ticket);
        return cases.findByIncidentNumberAndReference(incident.getNumber(), reference)
                .orElseThrow(() -> new NotFoundCase(ticket, reference));
    }

    @Transactional(readOnly = true)
    public List<VendorCase> casesOf(Incident incident) {
        return cases.findByIncidentNumberOrderByOpenedAtAsc(incident.getNumber());
    }

    /** No vendor case with that reference on that ticket. */
    static class NotFoundCase extends io.servicedesk.platform.ApiProblem {
        NotFoundCase(String ticket, String reference) {
            super(org.springframework.http.HttpStatus.NOT_FOUND, "caseReference",
                    ticket + " has no vendor case " + reference);
        }
    }

}
