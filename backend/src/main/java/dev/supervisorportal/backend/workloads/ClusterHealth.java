package dev.supervisorportal.backend.workloads;

/** How a TKG cluster is doing, from its nodes. */
public enum ClusterHealth {
    /** Not all nodes have run yet. */
    CREATING,
    /** Every node runs. */
    RUNNING,
    /** Some nodes are down, but a majority of the control plane runs: the cluster still serves. */
    DEGRADED,
    /** Its control plane lost its majority: the cluster does not serve until nodes come back. */
    UNAVAILABLE
}
