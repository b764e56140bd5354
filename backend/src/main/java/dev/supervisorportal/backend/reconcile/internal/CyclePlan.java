package dev.supervisorportal.backend.reconcile.internal;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.reconcile.ReconcileRunView;
import dev.supervisorportal.backend.workloads.WorkloadChange;
import dev.supervisorportal.backend.workloads.WorkloadStatus;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one cycle decided for its zone: the workloads to write, the events to record, and what it counts.
 *
 * @param byStatus  how many of the zone's workloads are in each status after the cycle
 * @param nextStart when the earliest placed workload's spherelet is done starting it, so a cycle can run then
 */
record CyclePlan(List<WorkloadChange> changes, List<PlannedEvent> events, Counts counts,
                 Map<WorkloadStatus, Long> byStatus, Optional<Instant> nextStart) {

    boolean isEmpty() {
        return changes.isEmpty() && events.isEmpty();
    }

    /** How many workloads of each step the cycle saw or moved; {@code unplaceable} counts all that still wait. */
    record Counts(int placed, int started, int restarted, int migrated, int balanced, int unplaceable,
                  int evacuationBlocked) {

        /** "placed 3, started 2, restarted 1, migrated 0, balanced 1; 1 cannot be placed". */
        Msg describe() {
            Msg done = Msg.of(ReconcileRunView.COUNTS, placed, started, restarted, migrated, balanced);
            if (unplaceable > 0) {
                done = Msg.of(ReconcileRunView.ALSO, done, Msg.of("reconcile.run.unplaceable", unplaceable));
            }
            if (evacuationBlocked > 0) {
                done = Msg.of(ReconcileRunView.ALSO, done,
                        Msg.of("reconcile.run.evacuation-blocked", evacuationBlocked));
            }
            return done;
        }
    }
}
