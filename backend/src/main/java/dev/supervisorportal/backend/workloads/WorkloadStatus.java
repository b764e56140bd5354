package dev.supervisorportal.backend.workloads;

/**
 * Where a workload is in its life: admitted, placed on a host, running there, being deleted, or (a VM) powered off:
 * on no host, its quota still reserved.
 */
public enum WorkloadStatus {
    PENDING, PLACED, RUNNING, DELETING, POWERED_OFF
}
