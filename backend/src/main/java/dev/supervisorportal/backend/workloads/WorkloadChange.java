package dev.supervisorportal.backend.workloads;

import dev.supervisorportal.backend.common.Msg;

import java.time.Instant;

/**
 * What a reconcile cycle decided for one workload it read at {@code version}: refused when the workload changed
 * since (a delete racing the cycle), so the cycle rolls back and the next one decides again.
 *
 * @param restartDone the restart asked for was carried out: the mark is cleared
 */
public record WorkloadChange(long id, long version, WorkloadStatus status, Long hostId, Msg statusReason,
                             Instant placedAt, boolean restartDone) {

    public WorkloadChange(long id, long version, WorkloadStatus status, Long hostId, Msg statusReason,
                          Instant placedAt) {
        this(id, version, status, hostId, statusReason, placedAt, false);
    }
}
