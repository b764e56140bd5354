package dev.supervisorportal.backend.reconcile;

/**
 * A reconcile cycle of {@code zone} changed something (placed, started, restarted or moved workloads) and its
 * transaction committed. Published on the node that ran the cycle; an idle cycle publishes nothing.
 */
public record ReconcileCycleCompleted(String zone) {
}
