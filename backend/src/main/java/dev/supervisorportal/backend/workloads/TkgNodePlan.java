package dev.supervisorportal.backend.workloads;

import dev.supervisorportal.backend.catalog.VmClassView;
import dev.supervisorportal.backend.inventory.SupervisorFacts;
import dev.supervisorportal.backend.quota.Limits;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** How a TKG cluster expands into node VMs and which zone each goes to. */
final class TkgNodePlan {

    static final String CONTROL_PLANE = "control-plane";
    static final String WORKER = "worker";

    /** One node VM a cluster expands into, with its zone already chosen. */
    record PlannedNode(String name, String role, String zone, String askedZone, String vmClass, Limits demand,
                       String antiAffinity, String pool) {
    }

    private TkgNodePlan() {
    }

    /**
     * The cluster's node VMs: the control plane one per zone when it has as many nodes as there are zones (so the
     * cluster survives a zone failure), else in the zone {@code bestZoneFor} picks; each pool in its zone, or spread
     * over the zones in name order.
     */
    static List<PlannedNode> plan(CreateTkgClusterCommand command, SupervisorFacts facts,
                                  VmClassView controlPlaneClass, Map<String, VmClassView> poolClasses,
                                  Function<Limits, String> bestZoneFor) {
        List<String> zones = facts.zoneNames();
        List<PlannedNode> nodes = new ArrayList<>();
        Limits controlPlaneDemand = WorkloadDemand.tkgNode(controlPlaneClass, facts.mhzPerVcpu());
        String antiAffinity = command.name() + "/" + CONTROL_PLANE;
        for (int i = 0; i < command.controlPlaneNodes(); i++) {
            String zone = command.controlPlaneNodes() == zones.size() ? zones.get(i)
                    : zones.size() == 1 ? zones.getFirst() : bestZoneFor.apply(controlPlaneDemand);
            nodes.add(new PlannedNode(command.name() + "-" + CONTROL_PLANE + "-" + (i + 1), CONTROL_PLANE, zone, null,
                    controlPlaneClass.name(), controlPlaneDemand, antiAffinity, null));
        }
        for (CreateTkgClusterCommand.NodePool pool : command.pools()) {
            VmClassView vmClass = poolClasses.get(pool.name());
            String askedZone = pool.askedZone();
            for (int i = 0; i < pool.replicas(); i++) {
                String zone = askedZone != null ? askedZone : zones.get(i % zones.size());
                nodes.add(new PlannedNode(command.name() + "-" + pool.name() + "-" + (i + 1), WORKER, zone,
                        askedZone, vmClass.name(), WorkloadDemand.tkgNode(vmClass, facts.mhzPerVcpu()), null, pool.name()));
            }
        }
        return nodes;
    }
}
