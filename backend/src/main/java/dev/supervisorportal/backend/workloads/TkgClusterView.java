package dev.supervisorportal.backend.workloads;

import dev.supervisorportal.backend.common.Msg;

import java.time.Instant;
import java.util.List;

/**
 * A TKG cluster with its node pools and the node VMs it expanded into, and how it is doing: {@code status} reads
 * like "Running: 5/5 nodes" or "Degraded, available: 2/3 control-plane nodes, 4/5 nodes running".
 */
public record TkgClusterView(String name, String namespace, String kubernetesRelease, int controlPlaneNodes,
                             String controlPlaneVmClass, String storagePolicy, List<NodePool> nodePools,
                             List<WorkloadView> nodes, ClusterHealth health, Msg status, String createdBy,
                             Instant createdAt) {

    public record NodePool(String name, int replicas, String vmClass, String zone) {
    }

    /** The view, with health and status summarised from the nodes; {@code ready} once all nodes have run. */
    static TkgClusterView of(String name, String namespace, String kubernetesRelease, int controlPlaneNodes,
                             String controlPlaneVmClass, String storagePolicy, List<NodePool> nodePools,
                             List<WorkloadView> nodes, boolean ready, String createdBy, Instant createdAt) {
        long running = running(nodes, false);
        long controlPlaneRunning = running(nodes, true);
        long controlPlane = nodes.stream().filter(TkgClusterView::isControlPlane).count();
        int all = nodes.size();
        ClusterHealth health;
        Msg status;
        if (running == all) {
            health = ClusterHealth.RUNNING;
            status = Msg.of("reconcile.tkg.running", running, all);
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
                storagePolicy, nodePools, nodes, health, status, createdBy, createdAt);
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
