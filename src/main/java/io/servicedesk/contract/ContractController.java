package io.servicedesk.contract;

import io.servicedesk.platform.ServiceClock;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/contracts")
class ContractController {

    private final ContractCatalog catalog;
    private final ServiceClock clock;

    ContractController(ContractCatalog catalog, ServiceClock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    @GetMapping
    List<ContractPayload> list(@RequestParam(required = false) String client) {
        return catalog.contracts(client).stream().map(ContractPayload::of).toList();
    }

    @GetMapping("/{id}")
    ContractPayload read(@PathVariable String id) {
        return ContractPayload.of(catalog.contract(id));
    }

    @PostMapping
    ResponseEntity<ContractPayload> create(@Valid @RequestBody ContractPayload payload) {
        Contract contract = catalog.createContract(payload.id(), payload.clientId(), payload.terms(today(payload)));
        return ResponseEntity.created(URI.create("/api/contracts/" + contract.getId()))
                .body(ContractPayload.of(contract));
    }

    @PutMapping("/{id}")
    ContractPayload update(@PathVariable String id, @Valid @RequestBody ContractPayload payload) {
        PathIds.requireSame(id, payload.id());
        return ContractPayload.of(catalog.updateContract(id, payload.clientId(), payload.version(),
                payload.terms(today(payload))));
    }

    private java.time.LocalDate today(ContractPayload payload) {
        try {
            return clock.today(ZoneId.of(payload.timeZone()));
        } catch (RuntimeException unknownZone) {
            // the catalog names the field; any day will do until then
            return clock.today(ZoneId.of("UTC"));
        }
    }
}
