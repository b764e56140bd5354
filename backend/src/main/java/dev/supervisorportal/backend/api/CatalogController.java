package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.catalog.CatalogItemView;
import dev.supervisorportal.backend.catalog.CatalogKind;
import dev.supervisorportal.backend.catalog.CatalogService;
import dev.supervisorportal.backend.catalog.CatalogView;
import dev.supervisorportal.backend.catalog.VmClassView;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.common.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/catalog")
@Tag(name = "Catalog", description = "VM classes, images, storage policies, Kubernetes releases; admins add to it")
class CatalogController {

    private final CatalogService catalog;

    CatalogController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(summary = "Everything the catalog offers")
    CatalogView catalog() {
        return catalog.catalog();
    }

    @GetMapping("/vm-classes/{name}")
    @Operation(summary = "One VM class")
    VmClassView vmClass(@PathVariable String name) {
        return catalog.vmClass(name).orElseThrow(() -> new NotFoundException(Msg.of("catalog.vm-class.not-found",
                name)));
    }

    @PostMapping("/vm-classes")
    @Operation(summary = "Add a VM class: a DNS-1123 name, vCPUs, memory (MiB), GUARANTEED or BEST_EFFORT (admins)")
    ResponseEntity<VmClassView> addVmClass(@RequestBody VmClassView vmClass) {
        VmClassView added = catalog.addVmClass(vmClass);
        return ResponseEntity.created(PathValues.location("/api/v1/catalog/vm-classes/{name}", added.name()))
                .body(added);
    }

    @GetMapping("/items/{kind}/{name}")
    @Operation(summary = "One image, storage policy or Kubernetes release; kind is image, storage-policy or "
            + "kubernetes-release")
    CatalogItemView item(@PathVariable String kind, @PathVariable String name) {
        CatalogKind catalogKind = PathValues.parse(CatalogKind.class, kind, "kind");
        return catalog.item(catalogKind, name).orElseThrow(() -> new NotFoundException(Msg.of("catalog.item.not-found",
                kindText(catalogKind), name)));
    }

    @PostMapping("/items")
    @Operation(summary = "Add an image, storage policy or Kubernetes release (admins)")
    ResponseEntity<CatalogItemView> addItem(@RequestBody CatalogItemView item) {
        CatalogItemView added = catalog.addItem(item);
        return ResponseEntity.created(PathValues.location("/api/v1/catalog/items/{kind}/{name}",
                PathValues.segment(added.kind()), added.name())).body(added);
    }

    /** How a refusal names the kind ("storage policy"). */
    private static Msg kindText(CatalogKind kind) {
        return switch (kind) {
            case IMAGE -> Msg.of("catalog.kind.image");
            case STORAGE_POLICY -> Msg.of("catalog.kind.storage-policy");
            case KUBERNETES_RELEASE -> Msg.of("catalog.kind.kubernetes-release");
        };
    }
}
