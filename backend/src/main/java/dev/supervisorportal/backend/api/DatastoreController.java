package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.inventory.AddDatastoreCommand;
import dev.supervisorportal.backend.inventory.DatastoreService;
import dev.supervisorportal.backend.inventory.DatastoreView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The zones' datastores. Like a host's, a datastore's maintenance is a sub-resource: POST enters it, DELETE exits.
 */
@RestController
@RequestMapping("/api/v1/datastores")
@Tag(name = "Datastores", description = "Datastores per zone with capacity, provisioned and free; maintenance and removal (admins)")
class DatastoreController {

    private final DatastoreService datastores;

    DatastoreController(DatastoreService datastores) {
        this.datastores = datastores;
    }

    @GetMapping
    @Operation(summary = "Every datastore: zone, state, capacity, provisioned (the bound volumes) and free GiB")
    List<DatastoreView> list() {
        return datastores.datastores();
    }

    @PostMapping
    @Operation(summary = "Add a READY datastore to a zone (admins)")
    ResponseEntity<DatastoreView> add(@RequestBody AddDatastoreCommand command) {
        DatastoreView datastore = datastores.add(command);
        return ResponseEntity.created(PathValues.location("/api/v1/datastores/{name}", datastore.name()))
                .body(datastore);
    }

    @PostMapping("/{name}/maintenance")
    @Operation(summary = "Enter maintenance (admins): the datastore keeps its volumes and takes no new ones")
    DatastoreView enterMaintenance(@PathVariable String name) {
        return datastores.enterMaintenance(name);
    }

    @DeleteMapping("/{name}/maintenance")
    @Operation(summary = "Exit maintenance (admins): the datastore takes volumes again")
    DatastoreView exitMaintenance(@PathVariable String name) {
        return datastores.exitMaintenance(name);
    }

    @DeleteMapping("/{name}")
    @Operation(summary = "Remove a datastore from the inventory (admins): only in maintenance and holding no volume")
    ResponseEntity<Void> remove(@PathVariable String name) {
        datastores.remove(name);
        return ResponseEntity.noContent().build();
    }
}
