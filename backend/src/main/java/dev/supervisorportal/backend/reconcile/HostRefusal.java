package dev.supervisorportal.backend.reconcile;

/** A host that cannot take a workload, with scheduler-core's reason ("insufficient cpu: needs …"). */
public record HostRefusal(String host, String reason) {
}
