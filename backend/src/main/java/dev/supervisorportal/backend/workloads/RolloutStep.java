package dev.supervisorportal.backend.workloads;

import dev.supervisorportal.backend.common.Msg;

/**
 * What one roll-out step did to a cluster, for the reconciler to record as an event: a node added or replaced,
 * the roll stalled (why) or done. {@link Kind#WAITING} and an unchanged stall write nothing.
 *
 * @param zone the zone of the node the step is about (the surge's, or the removed node's)
 */
public record RolloutStep(Kind kind, String namespace, String cluster, String node, String zone, Msg message) {

    public enum Kind {
        SURGE_ADDED, NODE_REPLACED, WAITING, STALLED, DONE;

        /** Whether the step wrote something, so the cluster's views should refresh. */
        public boolean wrote() {
            return this != WAITING;
        }
    }
}
