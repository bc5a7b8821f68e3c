package io.servicedesk.audit;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Compliance evidence per contract and period, and per ticket, for auditors and duty managers: read-only.
 * Dates are whole days in the contract's time zone, both included.
 */
@RestController
@RequestMapping("/api/audit")
class EvidenceController {

    static final String BASE = "/api/audit";

    private final EvidenceQueries queries;
    private final EvidenceCsv csv;

    EvidenceController(EvidenceQueries queries, EvidenceCsv csv) {
        this.queries = queries;
        this.csv = csv;
    }

    @GetMapping("/contracts/{contractId}/evidence")
    Evidence evidence(@PathVariable String contractId, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Authentication user) {
        AuditorsOnly.check(user);
        return queries.evidence(queries.period(contractId, from, to), BASE);
    }

    @GetMapping("/contracts/{contractId}/tickets")
    TicketPage tickets(@PathVariable String contractId, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(defaultValue = "incidents") String figure,
            @RequestParam(required = false) String priority, @RequestParam(required = false) String channel,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            Authentication user) {
        AuditorsOnly.check(user);
        return queries.tickets(queries.period(contractId, from, to), figure, priority, channel, Paging.page(page),
                Paging.size(size), BASE);
    }

    @GetMapping(value = "/contracts/{contractId}/evidence.csv", produces = "text/csv")
    ResponseEntity<StreamingResponseBody> csv(@PathVariable String contractId,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            Authentication user) {
        AuditorsOnly.check(user);
        ContractPeriod period = queries.period(contractId, from, to);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(EvidenceCsv.fileName(period)).build().toString())
                .body(out -> csv.write(period, out));
    }

    @GetMapping("/incidents/{ticket}")
    TicketEvidence ticket(@PathVariable String ticket, Authentication user) {
        AuditorsOnly.check(user);
        return queries.ticket(ticket);
    }
}
