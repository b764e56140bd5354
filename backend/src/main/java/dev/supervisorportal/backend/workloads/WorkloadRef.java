package dev.supervisorportal.backend.workloads;

/** Which workload something else (a volume) refers to: its id, kind, name and zone. */
public record WorkloadRef(long id, WorkloadKind kind, String name, long zoneId) {
}
