package dev.supervisorportal.backend.reconcile;

import dev.supervisorportal.backend.common.Msg;

import java.time.Instant;
import java.util.List;

/**
 * One run of a zone's reconcile job: when, how long, how it ended, on which portal node.
 *
 * @param detail what it did ("placed 0, started 2, restarted 1, migrated 0, balanced 0"), or why it failed
 */
public record ReconcileRunView(String zone, Instant startedAt, long durationMillis, String outcome, Msg detail,
                               String node) {

    /** The key of a cycle's counts: placed, started, restarted, migrated, balanced. */
    public static final String COUNTS = "reconcile.run.counts";
    /** The key that adds what still waits to the counts: "{0}; {1}". */
    public static final String ALSO = "reconcile.run.also";

    private static final List<String> COUNT_KEYS = List.of("reconcile.run.placed", "reconcile.run.started",
            "reconcile.run.restarted", "reconcile.run.migrated", "reconcile.run.balanced");

    /** The detail without the counts that are 0 ("started 2, restarted 1"); the detail itself if all are. */
    public Msg changes() {
        return withoutZeros(detail);
    }

    private static Msg withoutZeros(Msg detail) {
        if (detail.key().equals(ALSO) && detail.args().getFirst() instanceof Msg counts) {
            return Msg.of(ALSO, withoutZeros(counts), detail.args().get(1));
        }
        if (!detail.key().equals(COUNTS)) {
            return detail;
        }
        Msg kept = null;
        for (int i = COUNT_KEYS.size() - 1; i >= 0; i--) {
            long count = ((Number) detail.args().get(i)).longValue();
            if (count != 0) {
                Msg part = Msg.of(COUNT_KEYS.get(i), count);
                kept = kept == null ? part : Msg.of("reconcile.run.list", part, kept);
            }
        }
        return kept == null ? detail : kept;
    }
}
