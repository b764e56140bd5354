package dev.supervisorportal.backend.workloads;

import dev.supervisorportal.backend.quota.Limits;

/** The workloads of one zone in one status: how many, and their demand added up. */
public record WorkloadTotal(long zoneId, WorkloadStatus status, long workloads, Limits demand) {

    public WorkloadTotal(long zoneId, WorkloadStatus status, long workloads, long cpuMhz, long memoryMib,
                         long storageGib) {
        this(zoneId, status, workloads, new Limits(cpuMhz, memoryMib, storageGib));
    }
}
