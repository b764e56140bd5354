package dev.supervisorportal.backend.workloads;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.common.SystemOnly;
import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.namespaces.NamespaceService;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.quota.ZoneShare;
import dev.supervisorportal.backend.workloads.TkgNodePlan.PlannedNode;
import dev.supervisorportal.backend.workloads.internal.TkgCluster;
import dev.supervisorportal.backend.workloads.internal.TkgClusterRepository;
import dev.supervisorportal.backend.workloads.internal.Workload;
import dev.supervisorportal.backend.workloads.internal.WorkloadRepository;
import dev.supervisorportal.backend.catalog.CatalogService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reconciler's side of a rolling change (a release upgrade, a pool's new VM class): one step of one cluster at a
 * time, in the caller's transaction, as {@link RolloutPlanner} decides it. Adding the surge node reserves its quota
 * (lock-then-plan; when it does not fit, the roll stalls with the shortfall as its note); removing an old node frees
 * its quota. Called after a zone's cycle for the rolling clusters with a node in that zone; no signed-in user.
 */
@SystemOnly
@Service
public class ClusterRollouts {

    private static final String CREATED_BY = "system";

    private final TkgClusterRepository clusters;
    private final WorkloadRepository workloads;
    private final ClusterNodes clusterNodes;
    private final CatalogService catalog;
    private final InventoryService inventory;
    private final NamespaceService namespaces;
    private final Clock clock;

    ClusterRollouts(TkgClusterRepository clusters, WorkloadRepository workloads, ClusterNodes clusterNodes,
                    CatalogService catalog, InventoryService inventory, NamespaceService namespaces, Clock clock) {
        this.clusters = clusters;
        this.workloads = workloads;
        this.clusterNodes = clusterNodes;
        this.catalog = catalog;
        this.inventory = inventory;
        this.namespaces = namespaces;
        this.clock = clock;
    }

    /** The ids of the rolling clusters that have a node in the zone. */
    @Transactional(readOnly = true)
    public List<Long> rollingIn(long zoneId) {
        return clusters.findRollingWithNodeIn(zoneId);
    }

    /** Takes the cluster's next step, with the cluster and its nodes locked; empty when it no longer rolls. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<RolloutStep> step(long clusterId) {
        Optional<TkgCluster> found = clusters.findLockedById(clusterId).filter(TkgCluster::isRolling);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        TkgCluster cluster = found.get();
        List<Workload> nodes = workloads.findLockedByClusterId(clusterId);
        String namespace = namespaces.namesById().get(cluster.getNamespaceId());
        RolloutPlanner.Step next = RolloutPlanner.next(cluster.getKubernetesRelease(), ClusterNodes.groups(cluster),
                clusterNodes.plannerNodes(nodes));
        return Optional.of(switch (next) {
            case RolloutPlanner.Done done -> {
                cluster.rolloutDone();
                yield step(RolloutStep.Kind.DONE, namespace, cluster, null, null,
                        Msg.of("workloads.rollout.done", cluster.getName(),
                                KubernetesReleases.version(cluster.getKubernetesRelease())));
            }
            case RolloutPlanner.Wait wait -> waitFor(namespace, cluster, byId(nodes, wait.node().id()));
            case RolloutPlanner.AddSurge surge -> addSurge(namespace, cluster, nodes, surge);
            case RolloutPlanner.RemoveOld old -> {
                Workload removed = byId(nodes, old.node().id());
                clusterNodes.remove(cluster.getNamespaceId(), List.of(removed));
                cluster.noteRollout(null);
                yield step(RolloutStep.Kind.NODE_REPLACED, namespace, cluster, removed.getName(), old.node().zone(),
                        Msg.of("workloads.rollout.node-removed", removed.getName(),
                                KubernetesReleases.version(old.node().release()), old.node().vmClass()));
            }
        });
    }

    /** A surge node that waits: a stall when the reconciler found no host for it (its reason), else nothing. */
    private RolloutStep waitFor(String namespace, TkgCluster cluster, Workload node) {
        Msg reason = node.getStatusReason();
        boolean unplaceable = node.getStatus() == WorkloadStatus.PENDING && reason != null
                && !"reconcile.admitted".equals(reason.key());
        if (!unplaceable) {
            return cluster.noteRollout(null) ? step(RolloutStep.Kind.SURGE_ADDED, namespace, cluster,
                    node.getName(), clusterNodes.zoneName(node), Msg.of("workloads.rollout.moving", cluster.getName()))
                    : step(RolloutStep.Kind.WAITING, namespace, cluster, node.getName(), null, null);
        }
        Msg note = Msg.of("workloads.rollout.no-host", node.getName(), reason);
        return stall(namespace, cluster, node.getName(), clusterNodes.zoneName(node), note);
    }

    private RolloutStep addSurge(String namespace, TkgCluster cluster, List<Workload> nodes,
                                 RolloutPlanner.AddSurge surge) {
        String pool = surge.group().pool();
        String vmClass = surge.group().vmClass();
        Limits demand = WorkloadDemand.tkgNode(catalog.vmClass(vmClass).orElseThrow(), inventory.facts().mhzPerVcpu());
        Optional<Msg> shortfall = clusterNodes.reserveIfFits(cluster, surge.zone(), demand);
        Set<String> taken = nodes.stream().map(Workload::getName).collect(Collectors.toSet());
        String name = ClusterNodes.nextName(cluster.getName(), pool, taken);
        if (shortfall.isPresent()) {
            return stall(namespace, cluster, name, surge.zone(), Msg.of("workloads.rollout.no-quota", name,
                    shortfall.get()));
        }
        Workload replacing = byId(nodes, surge.replacing().id());
        PlannedNode node = new PlannedNode(name, replacing.getNodeRole(), surge.zone(), null, vmClass, demand,
                pool == null ? cluster.getName() + "/" + TkgNodePlan.CONTROL_PLANE : null, pool);
        clusterNodes.add(cluster, List.of(node), CREATED_BY, Instant.now(clock));
        cluster.noteRollout(null);
        return step(RolloutStep.Kind.SURGE_ADDED, namespace, cluster, name, surge.zone(),
                Msg.of("workloads.rollout.surge-added", name, replacing.getName(),
                        KubernetesReleases.version(cluster.getKubernetesRelease()), vmClass));
    }

    private static RolloutStep stall(String namespace, TkgCluster cluster, String node, String zone, Msg note) {
        return cluster.noteRollout(note) ? step(RolloutStep.Kind.STALLED, namespace, cluster, node, zone, note)
                : step(RolloutStep.Kind.WAITING, namespace, cluster, node, zone, note);
    }

    private static RolloutStep step(RolloutStep.Kind kind, String namespace, TkgCluster cluster, String node,
                                    String zone, Msg message) {
        return new RolloutStep(kind, namespace, cluster.getName(), node, zone, message);
    }

    private static Workload byId(List<Workload> nodes, long id) {
        return nodes.stream().filter(node -> node.getId() == id).findFirst().orElseThrow();
    }
}
