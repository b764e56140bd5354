package dev.supervisorportal.backend.workloads;

import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.quota.ZoneFit;

import java.util.List;

/**
 * What admission would decide for a would-be workload, decided by admission's own code without writing anything:
 * the workloads it would record (a VM, a pod, or a TKG cluster's node VMs) with the zone of each, and how their
 * demand fits the namespace's share in each of those zones.
 */
public record AdmissionPreview(String namespace, List<PlannedWorkload> workloads, List<ZoneFit> quota) {

    public AdmissionPreview {
        workloads = List.copyOf(workloads);
        quota = List.copyOf(quota);
    }

    public boolean fitsQuota() {
        return quota.stream().allMatch(ZoneFit::fits);
    }

    /**
     * One workload admission would record.
     *
     * @param role            {@code control-plane} or {@code worker} for a TKG node, else null
     * @param antiAffinityKey the key the reconciler would give it (see {@link ZoneWorkload#antiAffinityKey()}), or null
     */
    public record PlannedWorkload(WorkloadKind kind, String name, String role, String zone, Limits demand,
                                  String antiAffinityKey) {
    }
}
