package dev.supervisorportal.backend.api;

/** The bodies of the admins' decisions on namespace and quota requests. */
final class DecisionBodies {

    private DecisionBodies() {
    }

    /** Approve with other limits than asked for; without a body (or with none of the three), approve as asked. */
    record Approval(Long cpuMhz, Long memoryMib, Long storageGib) {

        static boolean asAsked(Approval approval) {
            return approval == null
                    || (approval.cpuMhz() == null && approval.memoryMib() == null && approval.storageGib() == null);
        }
    }

    /** Reject, saying why; the requester reads the reason. */
    record Rejection(String reason) {
    }
}
