package io.servicedesk.contract;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/clients")
class ClientController {

    private final ContractCatalog catalog;

    ClientController(ContractCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    List<ClientPayload> list() {
        return catalog.clients().stream().map(ClientPayload::of).toList();
    }

    @GetMapping("/{id}")
    ClientPayload read(@PathVariable String id) {
        return ClientPayload.of(catalog.client(id));
    }

    @PostMapping
    ResponseEntity<ClientPayload> create(@Valid @RequestBody ClientPayload payload) {
        Client client = catalog.createClient(payload.id(), payload.name(), payload.contactSet(),
                payload.mailDomainSet());
        return ResponseEntity.created(URI.create("/api/clients/" + client.getId())).body(ClientPayload.of(client));
    }

    @PutMapping("/{id}")
    ClientPayload update(@PathVariable String id, @Valid @RequestBody ClientPayload payload) {
        PathIds.requireSame(id, payload.id());
        return ClientPayload.of(catalog.updateClient(id, payload.version(), payload.name(), payload.contactSet(),
                payload.mailDomainSet()));
    }
}
