package dev.supervisorportal.backend.workloads;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.inventory.SupervisorFacts;
import dev.supervisorportal.backend.inventory.ZoneChanged;
import dev.supervisorportal.backend.inventory.ZoneRef;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.quota.QuotaLedger;
import dev.supervisorportal.backend.quota.ZoneFit;
import dev.supervisorportal.backend.quota.ZoneShare;
import dev.supervisorportal.backend.workloads.TkgNodePlan.PlannedNode;
import dev.supervisorportal.backend.workloads.internal.TkgCluster;
import dev.supervisorportal.backend.workloads.internal.Workload;
import dev.supervisorportal.backend.workloads.internal.WorkloadRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Adding and removing node VMs of an existing TKG cluster, with their quota: what a scale, a new or removed pool and
 * each step of a roll-out do. Every reservation and release of a cluster change goes through {@link #reserve} and
 * {@link #release}, in the caller's transaction; each touched zone gets a {@link ZoneChanged}.
 */
@Component
class ClusterNodes {

    private final QuotaLedger quotaLedger;
    private final InventoryService inventory;
    private final WorkloadRepository workloads;
    private final ApplicationEventPublisher events;

    ClusterNodes(QuotaLedger quotaLedger, InventoryService inventory, WorkloadRepository workloads,
                 ApplicationEventPublisher events) {
        this.quotaLedger = quotaLedger;
        this.inventory = inventory;
        this.workloads = workloads;
        this.events = events;
    }

    /**
     * Lock-then-plan: the namespace's ledger rows are locked, then {@code plan} decides from the current shares; the
     * nodes' disks count against the cluster's storage policy too.
     */
    Map<String, Limits> reserve(TkgCluster cluster, Function<List<ZoneShare>, Map<String, Limits>> plan) {
        return quotaLedger.reserve(cluster.getNamespaceId(), cluster.getStoragePolicy(), plan);
    }

    /**
     * Reserves {@code demand} in {@code zone} for one more node of the cluster when it fits the namespace's share there
     * (its storage policy's share too); else reserves nothing and says what falls short. Locks the ledger first, so
     * the answer holds until the caller's transaction ends; a shortfall is an answer, not a refusal, so the caller's
     * transaction can still record it.
     */
    Optional<Msg> reserveIfFits(TkgCluster cluster, String zone, Limits demand) {
        reserve(cluster, shares -> Map.of());
        return quotaLedger.check(cluster.getNamespaceId(), cluster.getStoragePolicy(), shares -> Map.of(zone, demand))
                .stream().flatMap(fit -> fit.shortfalls().stream()).map(ZoneFit.Shortfall::reason).findFirst()
                .or(() -> {
                    reserve(cluster, shares -> Map.of(zone, demand));
                    return Optional.empty();
                });
    }

    /** Records the planned nodes (their quota reserved already) built with the cluster's release. */
    List<Workload> add(TkgCluster cluster, List<PlannedNode> nodes, String createdBy, Instant now) {
        SupervisorFacts facts = inventory.facts();
        List<Workload> added = nodes.stream().map(node -> workloads.save(Workload.tkgNode(cluster.getNamespaceId(),
                node.name(), facts.zone(node.zone()).map(ZoneRef::id).orElseThrow(), node.demand(), cluster.getId(),
                node.role(), node.antiAffinity(), node.vmClass(), cluster.getStoragePolicy(), node.askedZone(),
                createdBy, now).builtWith(cluster.getKubernetesRelease(), node.pool()))).toList();
        nodes.stream().map(PlannedNode::zone).distinct().forEach(zone -> events.publishEvent(new ZoneChanged(zone)));
        return added;
    }

    /** Deletes the nodes and gives their demand back to their zones' shares. */
    void remove(long namespaceId, Collection<Workload> nodes) {
        if (nodes.isEmpty()) {
            return;
        }
        Map<String, Limits> byZone = demandByZone(nodes);
        release(namespaceId, nodes.iterator().next().getStoragePolicy(), byZone);
        workloads.deleteAll(nodes);
        workloads.flush();
        byZone.keySet().forEach(zone -> events.publishEvent(new ZoneChanged(zone)));
    }

    /** The nodes' demand added up per zone (zone by name). */
    Map<String, Limits> demandByZone(Collection<Workload> nodes) {
        Map<Long, String> zoneNames = zoneNames();
        return nodes.stream().collect(Collectors.groupingBy(node -> zoneNames.get(node.getZoneId()), TreeMap::new,
                Collectors.reducing(Limits.NONE, Workload::demand, Limits::plus)));
    }

    String zoneName(Workload node) {
        return zoneNames().get(node.getZoneId());
    }

    /** Gives the demand back per zone; a cluster's nodes all have its storage policy. */
    private void release(long namespaceId, String storagePolicy, Map<String, Limits> byZone) {
        byZone.forEach((zone, demand) -> quotaLedger.release(namespaceId, zone, storagePolicy, demand));
    }

    private Map<Long, String> zoneNames() {
        return inventory.facts().zones().stream().collect(Collectors.toMap(ZoneRef::id, ZoneRef::name));
    }

    /** The cluster's desired spec as the roll-out planner reads it: the control plane, then the pools by name. */
    static List<RolloutPlanner.Group> groups(TkgCluster cluster) {
        List<RolloutPlanner.Group> groups = new java.util.ArrayList<>();
        groups.add(new RolloutPlanner.Group(null, cluster.getControlPlaneNodes(), cluster.getControlPlaneVmClass()));
        cluster.getNodePools().stream().sorted(java.util.Comparator.comparing(
                        dev.supervisorportal.backend.workloads.internal.TkgNodePool::getName))
                .forEach(pool -> groups.add(new RolloutPlanner.Group(pool.getName(), pool.getReplicas(),
                        pool.getVmClass())));
        return groups;
    }

    static RolloutPlanner.Node plannerNode(Workload node, String zone) {
        return new RolloutPlanner.Node(node.getId(), node.getName(), node.getNodePool(),
                node.getKubernetesRelease(), node.getVmClass(), node.getStatus(), zone);
    }

    List<RolloutPlanner.Node> plannerNodes(Collection<Workload> nodes) {
        Map<Long, String> zoneNames = zoneNames();
        return nodes.stream().map(node -> plannerNode(node, zoneNames.get(node.getZoneId()))).toList();
    }

    /**
     * The name of a new node of the group: "prod-workers-3", numbered with the lowest number no node of the cluster
     * has (so names stay short over many rolls).
     */
    static String nextName(String cluster, String pool, Set<String> taken) {
        String prefix = cluster + "-" + (pool == null ? TkgNodePlan.CONTROL_PLANE : pool) + "-";
        for (int i = 1; ; i++) {
            if (!taken.contains(prefix + i)) {
                return prefix + i;
            }
        }
    }

    /** The pool's zone, or else the zone with the fewest of its nodes (ties: first by name): keeps the pool spread. */
    static String zoneForPool(String askedZone, List<String> zones, List<String> zonesOfPoolNodes) {
        if (askedZone != null) {
            return askedZone;
        }
        return zones.stream().min(java.util.Comparator.comparingLong((String zone) -> zonesOfPoolNodes.stream()
                .filter(z -> Objects.equals(z, zone)).count())).orElseThrow();
    }
}
