package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.namespaces.ObjectCountLimits;

import java.util.Map;

/** The bodies of the admins' decisions on namespace and quota requests. */
final class DecisionBodies {

    private DecisionBodies() {
    }

    /**
     * Approve with other limits than asked for; without a body (or with none of the three resources), approve as
     * asked. Adjusted, the body's count limits replace the asked ones ({@code null}: no limit). A namespace request's
     * approval may also set storage limits per storage policy in GiB, {@code {"vsan-gold": 100}}.
     */
    record Approval(Long cpuMhz, Long memoryMib, Long storageGib, Long maxVms, Long maxTkgClusters, Long maxPods,
                    Long maxPvcs, Map<String, Long> storagePolicyLimits) {

        ObjectCountLimits counts() {
            return new ObjectCountLimits(maxVms, maxTkgClusters, maxPods, maxPvcs);
        }

        /**
         * Whether the body approves as asked: no body, or none of the three resources. Count limits without them are
         * refused rather than dropped: adjusted count limits come with the resource limits they adjust.
         */
        static boolean asAsked(Approval approval) {
            boolean noResources = approval == null
                    || (approval.cpuMhz() == null && approval.memoryMib() == null && approval.storageGib() == null);
            if (noResources && approval != null && !approval.counts().asMap().isEmpty()) {
                throw new InvalidInputException("cpuMhz", Msg.of("api.approval.counts-without-limits"));
            }
            return noResources;
        }

        /** The storage limits per policy asked for, none when the body has none; refused past the API's bound. */
        static Map<String, Long> policyLimits(Approval approval) {
            Map<String, Long> limits = approval == null || approval.storagePolicyLimits() == null ? Map.of()
                    : approval.storagePolicyLimits();
            if (limits.size() > NamespaceController.MAX_STORAGE_POLICY_LIMITS) {
                throw new InvalidInputException("storagePolicyLimits", Msg.of("api.storage-policy-limits.too-many",
                        NamespaceController.MAX_STORAGE_POLICY_LIMITS));
            }
            return limits;
        }
    }

    /** Reject, saying why; the requester reads the reason. */
    record Rejection(String reason) {
    }
}
