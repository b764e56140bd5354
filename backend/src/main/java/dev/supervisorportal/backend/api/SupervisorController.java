package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.inventory.ControlPlaneView;
import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.inventory.SupervisorControlPlane;
import dev.supervisorportal.backend.inventory.SupervisorView;
import dev.supervisorportal.backend.inventory.Topology;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

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

    SupervisorController(InventoryService inventory, SupervisorControlPlane controlPlane) {
        this.inventory = inventory;
        this.controlPlane = controlPlane;
    }

    @GetMapping
    @Operation(summary = "The Supervisor, its zones with their ESXi hosts, control-plane VMs and management IPs")
    SupervisorResource supervisor() {
        SupervisorView supervisor = inventory.supervisor();
        ControlPlaneView plane = controlPlane.view();
        return new SupervisorResource(supervisor.name(), supervisor.topology(), supervisor.mhzPerVcpu(),
                supervisor.zones(), plane.vms(), plane.managementIps());
    }
}
