package dev.supervisorportal.backend.workloads;

import dev.supervisorportal.backend.catalog.VmClassView;
import dev.supervisorportal.backend.inventory.SupervisorFacts;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.quota.QuotaLedger;
import dev.supervisorportal.backend.quota.ZoneShare;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A checked cluster request; {@link #plan} expands it into node VMs with admission's zone choice for each. */
record TkgAdmission(CreateTkgClusterCommand command, SupervisorFacts facts, VmClassView controlPlaneClass,
                    Map<String, VmClassView> poolClasses) {

    /** Adds the nodes to {@code nodes} and returns their demand per zone. */
    Map<String, Limits> plan(List<ZoneShare> shares, List<TkgNodePlan.PlannedNode> nodes) {
        nodes.addAll(TkgNodePlan.plan(command, facts, controlPlaneClass, poolClasses,
                demand -> QuotaLedger.bestZone(shares, demand)));
        return nodes.stream().collect(Collectors.groupingBy(TkgNodePlan.PlannedNode::zone, TreeMap::new,
                Collectors.reducing(Limits.NONE, TkgNodePlan.PlannedNode::demand, Limits::plus)));
    }
}
