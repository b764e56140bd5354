package dev.supervisorportal.backend.workloads;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.quota.Limits;

import java.time.Instant;

/**
 * A workload as the reconciler sees it: where it is in its life, on which host, what it demands.
 *
 * @param namespace       its namespace's name; {@code null} for the Supervisor's own control-plane VMs
 * @param antiAffinityKey workloads sharing a key run on different hosts (a cluster's control-plane nodes), or null
 * @param placedAt        when it was put on its current host, or null while it waits
 * @param powerState      the power state its user asked for (always {@code ON} but for VMs)
 * @param restartRequested a restart was asked for (by its user, or by a resize) and not yet carried out
 */
public record ZoneWorkload(long id, long version, WorkloadKind kind, String namespace, String name,
                           WorkloadStatus status, Msg statusReason, Long hostId, Limits demand,
                           String antiAffinityKey, Instant placedAt, PowerState powerState,
                           boolean restartRequested) {

    /** A workload powered on with no restart asked for: what every workload but a changed VM is. */
    public ZoneWorkload(long id, long version, WorkloadKind kind, String namespace, String name,
                        WorkloadStatus status, Msg statusReason, Long hostId, Limits demand,
                        String antiAffinityKey, Instant placedAt) {
        this(id, version, kind, namespace, name, status, statusReason, hostId, demand, antiAffinityKey, placedAt,
                PowerState.ON, false);
    }

    /** "vm demo/web-1", "tkg-node demo/prod-control-plane-1", "supervisor-vm SupervisorControlPlaneVM (1)". */
    public String label() {
        return kind.slug() + " " + (namespace == null ? name : namespace + "/" + name);
    }
}
