package dev.supervisorportal.backend.workloads;

import java.time.Instant;
import java.util.List;

/** A TKG cluster with its node pools and the node VMs it expanded into. */
public record TkgClusterView(String name, String namespace, String kubernetesRelease, int controlPlaneNodes,
                             String controlPlaneVmClass, String storagePolicy, List<NodePool> nodePools,
                             List<WorkloadView> nodes, String createdBy, Instant createdAt) {

    public record NodePool(String name, int replicas, String vmClass, String zone) {
    }

    public long runningNodes() {
        return nodes.stream().filter(node -> node.status() == WorkloadStatus.RUNNING).count();
    }

    /** How the cluster is doing, summarised from its nodes: "0/5 nodes running". */
    public String status() {
        return runningNodes() + "/" + nodes.size() + " nodes running";
    }
}
