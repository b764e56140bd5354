package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.common.NotFoundException;
import dev.supervisorportal.backend.inventory.AddHostCommand;
import dev.supervisorportal.backend.inventory.HostView;
import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.reconcile.EventView;
import dev.supervisorportal.backend.reconcile.HostUsage;
import dev.supervisorportal.backend.reconcile.PlacementOverview;
import dev.supervisorportal.backend.reconcile.ReconcileEvents;
import dev.supervisorportal.backend.reconcile.ZoneOverview;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * ESXi hosts for administrators. A host's state changes as sub-resources: {@code maintenance} and {@code failure}
 * exist while the host is in that state, so POST puts it there and DELETE takes it out again.
 */
@RestController
@RequestMapping("/api/v1/hosts")
@Tag(name = "Hosts", description = "ESXi hosts per zone with their use and workloads; maintenance, failure and recovery (admins)")
class HostController {

    private final InventoryService inventory;
    private final PlacementOverview placement;
    private final ReconcileEvents events;

    HostController(InventoryService inventory, PlacementOverview placement, ReconcileEvents events) {
        this.inventory = inventory;
        this.placement = placement;
        this.events = events;
    }

    @GetMapping
    @Operation(summary = "Every zone with its hosts (state, capacity, use, workloads) and the workloads waiting for a host")
    List<ZoneOverview> zones() {
        return placement.zones();
    }

    @PostMapping
    @Operation(summary = "Add a READY host to a zone; the next reconcile cycle places workloads on it")
    ResponseEntity<HostView> add(@RequestBody AddHostCommand command) {
        HostView host = inventory.addHost(command);
        return ResponseEntity.created(PathValues.location("/api/v1/hosts/{name}", host.name())).body(host);
    }

    @GetMapping("/{name}")
    @Operation(summary = "One host: state, capacity, use, the workloads on it and why it is not what it seems")
    HostUsage get(@PathVariable String name) {
        return placement.zones().stream().flatMap(zone -> zone.hosts().stream())
                .filter(host -> host.name().equals(name)).findFirst()
                .orElseThrow(() -> noSuchHost(name));
    }

    @GetMapping("/{name}/events")
    @Operation(summary = "What the reconciler moved onto or off this host, newest first; limit from 1 to 500")
    List<EventView> events(@PathVariable String name, @RequestParam(defaultValue = "100") int limit) {
        List<EventView> found = events.forHost(name, limit);
        if (inventory.hosts().stream().noneMatch(host -> host.name().equals(name))) {
            throw noSuchHost(name);
        }
        return found;
    }

    @DeleteMapping("/{name}")
    @Operation(summary = "Remove the host from the inventory: only in maintenance and with nothing placed on it")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable String name) {
        inventory.removeHost(name);
    }

    @PostMapping("/{name}/maintenance")
    @Operation(summary = "Enter maintenance (READY hosts only): DRS moves its workloads to other READY hosts of its zone")
    HostView enterMaintenance(@PathVariable String name) {
        return inventory.enterMaintenance(name);
    }

    @DeleteMapping("/{name}/maintenance")
    @Operation(summary = "Exit maintenance: the host is READY again")
    HostView exitMaintenance(@PathVariable String name) {
        return inventory.exitMaintenance(name);
    }

    @PostMapping("/{name}/failure")
    @Operation(summary = "Mark the host FAILED (simulates an ESXi outage): vSphere HA restarts its workloads on other hosts of its zone")
    HostView markFailed(@PathVariable String name) {
        return inventory.markFailed(name);
    }

    @DeleteMapping("/{name}/failure")
    @Operation(summary = "Recover a FAILED host: it is READY and empty, and takes workloads again")
    HostView recover(@PathVariable String name) {
        return inventory.recover(name);
    }

    private static NotFoundException noSuchHost(String name) {
        return new NotFoundException(Msg.of("inventory.host.not-found", name));
    }
}
