package dev.supervisorportal.backend.workloads;

import java.util.List;

/**
 * The desired state of an existing TKG cluster, as Cluster API takes a changed spec: a {@code kubernetesRelease}
 * (a newer one upgrades the cluster, rolling), the {@code nodePools} as they should be (a pool left out is removed,
 * a new one added; replicas scale at once, a new VM class rolls). A field left {@code null} stays as it is. The
 * control plane's size and class and the storage policy cannot change: when given they must be what they are.
 *
 * @param version the cluster's version the change was decided on ({@code null}: whatever it is now)
 */
public record ChangeTkgClusterCommand(String kubernetesRelease, Integer controlPlaneNodes, String controlPlaneVmClass,
                                      String storagePolicy, List<CreateTkgClusterCommand.NodePool> nodePools,
                                      Long version) {
}
