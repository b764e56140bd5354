package dev.supervisorportal.backend.workloads.internal;

import dev.supervisorportal.backend.inventory.ControlPlaneView;
import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.inventory.SupervisorFacts;
import dev.supervisorportal.backend.inventory.ZoneChanged;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.workloads.WorkloadDemand;
import dev.supervisorportal.backend.workloads.WorkloadKind;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * Creates the Supervisor's three control-plane VMs as workloads on the first start, once its zones exist: the
 * reconciler then places them like any VM (one per zone on three zones, on three hosts otherwise) and HA moves them.
 */
@Component
@Order(20)
class SupervisorVmSeeder implements ApplicationRunner {

    /** A "small" Supervisor control-plane VM: 4 vCPUs, 16 GiB of memory, a 32 GiB disk. */
    static final int VCPUS = 4;
    static final long MEMORY_MIB = 16_384;
    static final long DISK_GIB = 32;
    static final String ANTI_AFFINITY = "supervisor/control-plane";

    private final InventoryService inventory;
    private final WorkloadRepository workloads;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupervisorVmSeeder(InventoryService inventory, WorkloadRepository workloads, ApplicationEventPublisher events,
                       Clock clock) {
        this.inventory = inventory;
        this.workloads = workloads;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        SupervisorFacts facts = inventory.facts();
        // Two portal nodes starting together: the zone's lock lets only one of them create the VMs.
        inventory.lockZone(facts.zoneNames().getFirst());
        if (!workloads.findByKindOrderByName(WorkloadKind.SUPERVISOR_VM).isEmpty()) {
            return;
        }
        Limits demand = new Limits(WorkloadDemand.cpuMhz(VCPUS, facts.mhzPerVcpu()), MEMORY_MIB, DISK_GIB);
        for (int i = 0; i < ControlPlaneView.VM_COUNT; i++) {
            String zone = ControlPlaneView.zoneOf(i, facts.zoneNames());
            workloads.save(Workload.supervisorVm(ControlPlaneView.vmName(i), facts.zone(zone).orElseThrow().id(),
                    demand, ANTI_AFFINITY, Instant.now(clock)));
            events.publishEvent(new ZoneChanged(zone));
        }
    }
}
