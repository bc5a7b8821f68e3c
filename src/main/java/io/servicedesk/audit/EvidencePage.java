package io.servicedesk.audit;

import io.servicedesk.contract.ContractCatalog;
import io.servicedesk.platform.ApiProblem;
import io.servicedesk.platform.ServiceClock;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.time.ZoneId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page an auditor reads in a browser (and prints): the contract's evidence for a period, each figure's
 * tickets, each ticket's promises against what happened. Server-rendered, no script; behind a form login.
 */
@Controller
@RequestMapping("/audit")
class EvidencePage {

    static final String BASE = "/audit";

    private final EvidenceQueries queries;
    private final EvidenceCsv csv;
    private final ContractCatalog catalog;
    private final ServiceClock clock;

    EvidencePage(EvidenceQueries queries, EvidenceCsv csv, ContractCatalog catalog, ServiceClock clock) {
        this.queries = queries;
        this.csv = csv;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Who is logged in, for the page's header. */
    @ModelAttribute("user")
    String user(Principal principal) {
        return principal == null ? null : principal.getName();
    }

    @GetMapping("/login")
    String login() {
        return "audit/login";
    }

    @GetMapping("/denied")
    String denied(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "audit/denied";
    }

    @GetMapping({"", "/"})
    String contracts(Model model) {
        model.addAttribute("contracts", catalog.contracts(null).stream()
                .map(contract -> ContractPeriod.of(contract, null, null, clock.today(contract.zone()))).toList());
        return "audit/contracts";
    }

    @GetMapping("/contracts/{contractId}")
    String evidence(@PathVariable String contractId, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model) {
        ContractPeriod period = queries.period(contractId, from, to);
        Evidence evidence = queries.evidence(period, BASE);
        model.addAttribute("evidence", evidence);
        model.addAttribute("fmt", new Formats(period.zone()));
        model.addAttribute("attainmentChart", EvidenceCharts.attainment(evidence.weeks()));
        model.addAttribute("punctualityChart", EvidenceCharts.punctuality(evidence.weeks()));
        model.addAttribute("pagesChart", EvidenceCharts.pages(evidence.weeks()));
        return "audit/evidence";
    }

    @GetMapping("/contracts/{contractId}/tickets")
    String tickets(@PathVariable String contractId, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(defaultValue = "incidents") String figure,
            @RequestParam(required = false) String priority, @RequestParam(required = false) String channel,
            @RequestParam(defaultValue = "0") int page, Model model) {
        ContractPeriod period = queries.period(contractId, from, to);
        model.addAttribute("period", period);
        model.addAttribute("tickets", queries.tickets(period, figure, priority, channel, Paging.page(page), 100, BASE));
        model.addAttribute("fmt", new Formats(period.zone()));
        return "audit/tickets";
    }

    @GetMapping("/contracts/{contractId}/evidence.csv")
    void csv(@PathVariable String contractId, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, HttpServletResponse response) throws IOException {
        ContractPeriod period = queries.period(contractId, from, to);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(EvidenceCsv.fileName(period)).build().toString());
        csv.write(period, response.getOutputStream());
    }

    @GetMapping("/incidents/{ticket}")
    String ticket(@PathVariable String ticket, Model model) {
        TicketEvidence evidence = queries.ticket(ticket);
        ZoneId zone = catalog.contract(evidence.contractId()).zone();
        model.addAttribute("ticket", evidence);
        model.addAttribute("fmt", new Formats(zone));
        return "audit/ticket";
    }

    /** A wrong date, figure or ticket: said on the page, with the status the API would answer. */
    @ExceptionHandler(ApiProblem.class)
    String problem(ApiProblem problem, Model model, HttpServletResponse response) {
        response.setStatus(problem.status().value());
        model.addAttribute("problem", problem.getMessage());
        model.addAttribute("field", problem.field());
        return "audit/problem";
    }
}
