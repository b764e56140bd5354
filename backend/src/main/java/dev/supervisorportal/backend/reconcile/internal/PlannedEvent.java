package dev.supervisorportal.backend.reconcile.internal;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.reconcile.EventType;
import dev.supervisorportal.backend.workloads.ZoneWorkload;

/** An event a cycle decided to record, for one workload. */
record PlannedEvent(ZoneWorkload workload, EventType type, String fromHost, String toHost, Msg message) {
}
