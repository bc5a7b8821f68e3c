package io.servicedesk.incident;

import io.servicedesk.contract.Priority;
import io.servicedesk.platform.ClientAccess;
import io.servicedesk.platform.InvalidField;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/incidents")
class IncidentController {

    private final IncidentQueries queries;
    private final ClientAccess access;

    IncidentController(IncidentQueries queries, ClientAccess access) {
        this.queries = queries;
        this.access = access;
    }

    @GetMapping("/{ticket}")
    IncidentView read(@PathVariable String ticket) {
        IncidentView view = queries.view(ticket);
        access.requireMayAccess(ticket, view.clientId());
        return view;
    }

    @GetMapping
    IncidentPage list(@RequestParam(required = false) String client,
            @RequestParam(required = false) IncidentState state,
            @RequestParam(required = false) Priority priority,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (page < 0) {
            throw new InvalidField("page", "page starts at 0");
        }
        if (size < 1 || size > 200) {
            throw new InvalidField("size", "size is between 1 and 200");
        }
        Page<IncidentView.Summary> found = queries.page(access.visibleClient(client), state, priority, page, size);
        return new IncidentPage(found.getContent(), page, size, found.getTotalElements(), found.getTotalPages());
    }

    record IncidentPage(List<IncidentView.Summary> items, int page, int size, long totalItems, int totalPages) {
    }
}
