package dev.supervisorportal.backend.reconcile;

import java.time.Instant;

/** One run of a zone's reconcile job: when, how long, how it ended, on which portal node. */
public record ReconcileRunView(String zone, Instant startedAt, long durationMillis, String outcome, String detail,
                               String node) {
}
