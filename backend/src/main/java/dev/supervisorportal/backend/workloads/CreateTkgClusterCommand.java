package dev.supervisorportal.backend.workloads;

import java.util.List;

/** A TKG cluster: a control plane of 1 or 3 nodes and node pools of worker nodes. */
public record CreateTkgClusterCommand(String name, String kubernetesRelease, Integer controlPlaneNodes,
                                      String controlPlaneVmClass, String storagePolicy, List<NodePool> nodePools) {

    /** The node pools; none when the request names none. */
    List<NodePool> pools() {
        return nodePools == null ? List.of() : nodePools;
    }

    /** Worker nodes of one VM class; without a zone they are spread over the zones. */
    public record NodePool(String name, Integer replicas, String vmClass, String zone) {

        /** The zone asked for, or {@code null} to spread the pool. */
        String askedZone() {
            return AskedZone.of(zone);
        }
    }
}
