package dev.supervisorportal.backend.workloads;

import java.util.List;

/** A TKG cluster: a control plane of 1 or 3 nodes and node pools of worker nodes. */
public record CreateTkgClusterCommand(String name, String kubernetesRelease, Integer controlPlaneNodes,
                                      String controlPlaneVmClass, String storagePolicy, List<NodePool> nodePools) {

    /** Worker nodes of one VM class; without a zone they are spread over the zones. */
    public record NodePool(String name, Integer replicas, String vmClass, String zone) {
    }
}
