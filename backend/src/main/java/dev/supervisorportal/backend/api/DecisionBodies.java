package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.namespaces.ObjectCountLimits;

/** The bodies of the admins' decisions on namespace and quota requests. */
final class DecisionBodies {

    private DecisionBodies() {
    }

    /**
     * Approve with other limits than asked for; without a body (or with none of the three resources), approve as
     * asked. Adjusted, the body's count limits replace the asked ones ({@code null}: no limit).
     */
    record Approval(Long cpuMhz, Long memoryMib, Long storageGib, Long maxVms, Long maxTkgClusters, Long maxPods,
                    Long maxPvcs) {

        ObjectCountLimits counts() {
            return new ObjectCountLimits(maxVms, maxTkgClusters, maxPods, maxPvcs);
        }

        static boolean asAsked(Approval approval) {
            return approval == null
                    || (approval.cpuMhz() == null && approval.memoryMib() == null && approval.storageGib() == null);
        }
    }

    /** Reject, saying why; the requester reads the reason. */
    record Rejection(String reason) {
    }
}
