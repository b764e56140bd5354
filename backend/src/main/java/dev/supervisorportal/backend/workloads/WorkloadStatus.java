package dev.supervisorportal.backend.workloads;

/** Where a workload is in its life: admitted, placed on a host, running there, being deleted. */
public enum WorkloadStatus {
    PENDING, PLACED, RUNNING, DELETING
}
