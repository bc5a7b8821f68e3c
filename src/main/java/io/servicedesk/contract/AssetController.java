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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/assets")
class AssetController {

    private final ContractCatalog catalog;

    AssetController(ContractCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    List<AssetPayload> list(@RequestParam(required = false) String client) {
        return catalog.assets(client).stream().map(AssetPayload::of).toList();
    }

    @GetMapping("/{id}")
    AssetPayload read(@PathVariable String id) {
        return AssetPayload.of(catalog.asset(id));
    }

    @PostMapping
    ResponseEntity<AssetPayload> create(@Valid @RequestBody AssetPayload payload) {
        Asset asset = catalog.createAsset(payload.id(), payload.clientId(), payload.details());
        return ResponseEntity.created(URI.create("/api/assets/" + asset.getId())).body(AssetPayload.of(asset));
    }

    @PutMapping("/{id}")
    AssetPayload update(@PathVariable String id, @Valid @RequestBody AssetPayload payload) {
        PathIds.requireSame(id, payload.id());
        return AssetPayload.of(catalog.updateAsset(id, payload.clientId(), payload.version(), payload.details()));
    }
}
