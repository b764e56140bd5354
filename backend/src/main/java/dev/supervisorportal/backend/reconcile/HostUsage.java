package dev.supervisorportal.backend.reconcile;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.inventory.HostState;
import dev.supervisorportal.backend.quota.Limits;

import java.util.List;

/**
 * A host with what runs on it and how full it is.
 *
 * @param note why it is not what it seems, or {@code null}: "Entering maintenance: 1 workload cannot move: …"
 */
public record HostUsage(String name, String zone, HostState state, Limits capacity, Limits used,
                        List<HostedWorkload> workloads, Msg note) {

    public int cpuPercent() {
        return percent(used.cpuMhz(), capacity.cpuMhz());
    }

    private static int percent(long used, long capacity) {
        return capacity == 0 ? 0 : (int) Math.round(100.0 * used / capacity);
    }

    /** One workload on the host. {@code namespace} is null for the Supervisor's control-plane VMs. */
    public record HostedWorkload(String kind, String namespace, String name, String status, Msg statusReason) {
    }
}
