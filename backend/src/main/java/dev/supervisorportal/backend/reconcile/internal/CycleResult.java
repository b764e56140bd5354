package dev.supervisorportal.backend.reconcile.internal;

import dev.supervisorportal.backend.common.Msg;

import java.time.Instant;
import java.util.Optional;

/**
 * What a finished cycle of a zone did, and when the zone wants its next cycle sooner than its period: the moment the
 * earliest placed workload's spherelet is done starting it. {@link ReconcileZoneJob} asks Quartz for that cycle.
 *
 * @param detail  what the cycle did, as the run record says it ("placed 3, started 2, …" or "nothing to do")
 * @param nextDue when a cycle should run next, if before the zone's periodic one
 */
public record CycleResult(Msg detail, Optional<Instant> nextDue) {
}
