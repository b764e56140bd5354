package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.inventory.ControlPlaneView;
import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.inventory.SupervisorControlPlane;
import dev.supervisorportal.backend.inventory.SupervisorView;
import dev.supervisorportal.backend.inventory.Topology;
import dev.supervisorportal.backend.reconcile.PlacementOverview;
import dev.supervisorportal.backend.reconcile.ReconcileRunView;
import dev.supervisorportal.backend.reconcile.ReconcileStatus;
import dev.supervisorportal.backend.reconcile.SupervisorHealth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.stream.Collectors;

@RestController
@RequestMapping("/api/v1/supervisor")
@Tag(name = "Supervisor", description = "The Supervisor: zones, hosts, control-plane VMs, management IPs")
class SupervisorController {

    /** The Supervisor with its zones and hosts, its control-plane VMs and its five management IPs. */
    record SupervisorResource(String name, Topology topology, int mhzPerVcpu, List<SupervisorView.Zone> zones,
                              List<ControlPlaneView.ControlPlaneVm> controlPlaneVms,
                              List<ControlPlaneView.ManagementIp> managementIps) {
    }

    private final InventoryService inventory;
    private final SupervisorControlPlane controlPlane;
    private final PlacementOverview placement;
    private final ReconcileStatus reconcileStatus;

    SupervisorController(InventoryService inventory, SupervisorControlPlane controlPlane, PlacementOverview placement,
                         ReconcileStatus reconcileStatus) {
        this.inventory = inventory;
        this.controlPlane = controlPlane;
        this.placement = placement;
        this.reconcileStatus = reconcileStatus;
    }

    @GetMapping
    @Operation(summary = "The Supervisor, its zones with their ESXi hosts, control-plane VMs and management IPs")
    SupervisorResource supervisor() {
        SupervisorView supervisor = inventory.supervisor();
        SupervisorHealth health = placement.health();
        // Before the control-plane VMs exist (a portal still starting) the layout is shown as planned.
        ControlPlaneView plane = health.controlPlaneVms().isEmpty() ? controlPlane.view()
                : controlPlane.view(health.controlPlaneVms().stream().filter(vm -> vm.status().equals("RUNNING"))
                        .map(SupervisorHealth.ControlPlaneVm::name).collect(Collectors.toSet()));
        return new SupervisorResource(supervisor.name(), supervisor.topology(), supervisor.mhzPerVcpu(),
                supervisor.zones(), plane.vms(), plane.managementIps());
    }

    @GetMapping("/health")
    @Operation(summary = "Whether the control plane keeps quorum: its VMs with zone, host and status; the zones that are down")
    SupervisorHealth health() {
        return placement.health();
    }

    @GetMapping("/reconcile-runs")
    @Operation(summary = "Each zone's last reconcile cycle: when, how long, how it ended and what it did")
    List<ReconcileRunView> lastReconcileRuns() {
        return reconcileStatus.cyclesPerZone().stream()
                .flatMap(zone -> zone.lastRun().stream()).toList();
    }
}
