package dev.supervisorportal.backend.reconcile;

import dev.supervisorportal.backend.common.Msg;

/** A host that cannot take a workload, with scheduler-core's reason ("insufficient cpu: needs …"). */
public record HostRefusal(String host, Msg reason) {
}
