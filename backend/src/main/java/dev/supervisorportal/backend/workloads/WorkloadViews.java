package dev.supervisorportal.backend.workloads;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.inventory.SupervisorFacts;
import dev.supervisorportal.backend.inventory.ZoneRef;
import dev.supervisorportal.backend.workloads.internal.PodContainer;
import dev.supervisorportal.backend.workloads.internal.PodContainerRepository;
import dev.supervisorportal.backend.workloads.internal.TkgCluster;
import dev.supervisorportal.backend.workloads.internal.TkgClusterRepository;
import dev.supervisorportal.backend.workloads.internal.Workload;
import dev.supervisorportal.backend.workloads.internal.WorkloadRepository;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Workloads as their users see them: with zone and host by name, a cluster with its node VMs, a pod with its
 * containers. Lists read the hosts, nodes and containers they show in one query each.
 */
@Component
class WorkloadViews {

    private final InventoryService inventory;
    private final WorkloadRepository workloads;
    private final TkgClusterRepository clusters;
    private final PodContainerRepository containers;

    WorkloadViews(InventoryService inventory, WorkloadRepository workloads, TkgClusterRepository clusters,
                  PodContainerRepository containers) {
        this.inventory = inventory;
        this.workloads = workloads;
        this.clusters = clusters;
        this.containers = containers;
    }

    List<WorkloadView> workloads(List<Workload> shown, String namespace) {
        SupervisorFacts facts = inventory.facts();
        Map<Long, String> hostNames = hostNames(shown);
        return shown.stream().map(workload -> workload(workload, namespace, facts, hostNames)).toList();
    }

    WorkloadView workload(Workload workload, String namespace) {
        return workloads(List.of(workload), namespace).getFirst();
    }

    List<TkgClusterView> clusters(List<TkgCluster> shown, String namespace) {
        SupervisorFacts facts = inventory.facts();
        Map<Long, List<Workload>> nodesByCluster = workloads
                .findByClusterIdInOrderByNameAsc(shown.stream().map(TkgCluster::getId).toList()).stream()
                .collect(Collectors.groupingBy(Workload::getClusterId));
        Map<Long, String> hostNames = hostNames(nodesByCluster.values().stream().flatMap(List::stream).toList());
        return shown.stream().map(cluster -> cluster(cluster, namespace,
                nodesByCluster.getOrDefault(cluster.getId(), List.of()), facts, hostNames)).toList();
    }

    TkgClusterView cluster(TkgCluster cluster, String namespace) {
        return clusters(List.of(cluster), namespace).getFirst();
    }

    List<PodView> pods(List<Workload> shown, String namespace) {
        SupervisorFacts facts = inventory.facts();
        Map<Long, List<PodContainer>> byPod = containers
                .findByWorkloadIdInOrderByNameAsc(shown.stream().map(Workload::getId).toList()).stream()
                .collect(Collectors.groupingBy(PodContainer::getWorkloadId));
        Map<Long, String> hostNames = hostNames(shown);
        return shown.stream().map(pod -> new PodView(workload(pod, namespace, facts, hostNames),
                containers(byPod.getOrDefault(pod.getId(), List.of())))).toList();
    }

    PodView pod(Workload pod, String namespace) {
        return pods(List.of(pod), namespace).getFirst();
    }

    /** The names of the hosts these workloads are placed on, by id: only those hosts are read. */
    private Map<Long, String> hostNames(List<Workload> shown) {
        return inventory.hostNames(shown.stream().map(Workload::getHostId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    }

    private TkgClusterView cluster(TkgCluster cluster, String namespace, List<Workload> nodes, SupervisorFacts facts,
                                   Map<Long, String> hostNames) {
        return TkgClusterView.of(cluster.getName(), namespace, cluster.getKubernetesRelease(),
                cluster.getControlPlaneNodes(), cluster.getControlPlaneVmClass(), cluster.getStoragePolicy(),
                cluster.getNodePools().stream().map(pool -> new TkgClusterView.NodePool(pool.getName(),
                        pool.getReplicas(), pool.getVmClass(), pool.getZoneName())).toList(),
                nodes.stream().map(node -> workload(node, namespace, facts, hostNames)).toList(),
                cluster.getReadyAt() != null, cluster.getCreatedBy(), cluster.getCreatedAt(), cluster.getVersion(),
                rollout(cluster, nodes, facts));
    }

    /** "Upgrading to v1.30.1: 3 of 5 nodes", "Stalled: …", or {@code null} when the cluster does not roll. */
    private static Msg rollout(TkgCluster cluster, List<Workload> nodes, SupervisorFacts facts) {
        if (!cluster.isRolling()) {
            return null;
        }
        if (cluster.getRolloutNote() != null) {
            return Msg.of("workloads.rollout.stalled", cluster.getRolloutNote());
        }
        Map<Long, String> zones = facts.zones().stream().collect(Collectors.toMap(ZoneRef::id, ZoneRef::name));
        return RolloutPlanner.progress(cluster.getKubernetesRelease(), ClusterNodes.groups(cluster),
                nodes.stream().map(node -> ClusterNodes.plannerNode(node, zones.get(node.getZoneId()))).toList())
                .orElse(null);
    }

    private static List<PodView.Container> containers(List<PodContainer> found) {
        return found.stream().map(c -> new PodView.Container(c.getName(), c.getImage(), c.getCpuRequest(),
                c.getMemoryRequest())).toList();
    }

    private WorkloadView workload(Workload workload, String namespace, SupervisorFacts facts,
                                  Map<Long, String> hostNames) {
        String zone = facts.zones().stream().filter(z -> z.id() == workload.getZoneId()).map(ZoneRef::name)
                .findFirst().orElse("?");
        String cluster = workload.getClusterId() == null ? null
                : clusters.findById(workload.getClusterId()).map(TkgCluster::getName).orElse(null);
        return new WorkloadView(workload.getKind(), workload.getName(), namespace, zone, workload.getStatus(),
                workload.getStatusReason(), workload.getHostId() == null ? null : hostNames.get(workload.getHostId()),
                workload.demand(), workload.getVmClass(), workload.getImage(),
                workload.getStoragePolicy(), cluster, workload.getNodeRole(), workload.getCreatedBy(),
                workload.getCreatedAt(), workload.getPowerState(), workload.isRestartRequested(),
                workload.getVersion());
    }
}
