package dev.supervisorportal.backend.workloads;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.quota.Limits;

import java.time.Instant;

/**
 * A VM, a TKG node VM or a vSphere Pod: where it is in its life, in which zone and (once placed) on which host,
 * and why it waits when it does.
 *
 * @param powerState       the power state its user asked for (the status says whether the reconciler got there)
 * @param restartRequested a restart (or a resize's restart) waits for the next cycle
 * @param version          the version to send with a change, so a change made meanwhile is not overwritten
 */
public record WorkloadView(WorkloadKind kind, String name, String namespace, String zone, WorkloadStatus status,
                           Msg statusReason, String host, Limits demand, String vmClass, String image,
                           String storagePolicy, String cluster, String nodeRole, String createdBy,
                           Instant createdAt, PowerState powerState, boolean restartRequested, long version) {

    /** A workload powered on, with no restart asked for, at version 0 (for views made without a row). */
    public WorkloadView(WorkloadKind kind, String name, String namespace, String zone, WorkloadStatus status,
                        Msg statusReason, String host, Limits demand, String vmClass, String image,
                        String storagePolicy, String cluster, String nodeRole, String createdBy, Instant createdAt) {
        this(kind, name, namespace, zone, status, statusReason, host, demand, vmClass, image, storagePolicy, cluster,
                nodeRole, createdBy, createdAt, PowerState.ON, false, 0);
    }
}
