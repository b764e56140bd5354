package dev.supervisorportal.backend.workloads;

import dev.supervisorportal.backend.common.Msg;

import java.time.Instant;
import java.util.List;

/**
 * A TKG cluster with its node pools and the node VMs it expanded into, and how it is doing: {@code status} reads
 * like "Running: 5/5 nodes" or "Degraded, available: 2/3 control-plane nodes, 4/5 nodes running", and while its
 * nodes are replaced "Upgrading to v1.30.1: 3 of 5 nodes" or "Stalled: …".
 *
 * @param version  the version of its desired spec, for a change to say which one it changes
 * @param rollout  the roll's progress or why it stalled; {@code null} when nothing rolls
 */
public record TkgClusterView(String name, String namespace, String kubernetesRelease, int controlPlaneNodes,
                             String controlPlaneVmClass, String storagePolicy, List<NodePool> nodePools,
                             List<WorkloadView> nodes, ClusterHealth health, Msg status, String createdBy,
                             Instant createdAt, long version, Msg rollout) {

    public record NodePool(String name, int replicas, String vmClass, String zone) {
    }

    /**
     * The view, with health and status summarised from the nodes; {@code ready} once all nodes have run. During a
     * roll the cluster is healthy while as many nodes run as it should have (the surge node is one more).
     */
    static TkgClusterView of(String name, String namespace, String kubernetesRelease, int controlPlaneNodes,
                             String controlPlaneVmClass, String storagePolicy, List<NodePool> nodePools,
                             List<WorkloadView> nodes, boolean ready, String createdBy, Instant createdAt,
                             long version, Msg rollout) {
        long running = running(nodes, false);
        long controlPlaneRunning = running(nodes, true);
        long controlPlane = Math.min(controlPlaneNodes, nodes.stream().filter(TkgClusterView::isControlPlane).count());
        int all = nodes.size();
        int desired = controlPlaneNodes + nodePools.stream().mapToInt(NodePool::replicas).sum();
        ClusterHealth health;
        Msg status;
        if (running == all || (ready && running >= desired && controlPlaneRunning >= controlPlane)) {
            health = ClusterHealth.RUNNING;
            status = rollout != null ? rollout : Msg.of("reconcile.tkg.running", running, all);
        } else if (!ready) {
            health = ClusterHealth.CREATING;
            status = Msg.of("reconcile.tkg.creating", running, all);
        } else if (controlPlaneRunning * 2 > controlPlane) {
            health = ClusterHealth.DEGRADED;
            status = Msg.of("reconcile.tkg.degraded", controlPlaneRunning, controlPlane, running, all);
        } else {
            health = ClusterHealth.UNAVAILABLE;
            status = Msg.of("reconcile.tkg.unavailable", controlPlaneRunning, controlPlane);
        }
        return new TkgClusterView(name, namespace, kubernetesRelease, controlPlaneNodes, controlPlaneVmClass,
                storagePolicy, nodePools, nodes, health, status, createdBy, createdAt, version, rollout);
    }

    public long runningNodes() {
        return running(nodes, false);
    }

    private static long running(List<WorkloadView> nodes, boolean controlPlaneOnly) {
        return nodes.stream().filter(node -> !controlPlaneOnly || isControlPlane(node))
                .filter(node -> node.status() == WorkloadStatus.RUNNING).count();
    }

    private static boolean isControlPlane(WorkloadView node) {
        return TkgNodePlan.CONTROL_PLANE.equals(node.nodeRole());
    }
}
