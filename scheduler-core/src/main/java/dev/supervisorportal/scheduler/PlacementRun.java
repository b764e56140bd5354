package dev.supervisorportal.scheduler;

import dev.supervisorportal.scheduler.model.Host;
import dev.supervisorportal.scheduler.model.Workload;

import java.util.List;

/**
 * The hosts during one {@link Scheduler#place} run, as the placements so far left them, indexed
 * in name order so that the first index among equal scores is the tie rule. Two ways to run:
 * {@link PluginRun}, every filter and the score plugin on every host, for any plugins; and
 * {@link ClusterState}, the fast path for the built-in ones. One instance per run; not thread-safe.
 */
interface PlacementRun {

    /** The host the score prefers among those passing every filter, or -1 if none does. */
    int bestHost(Workload workload);

    /** Counts the workload against the host, before the next workload is decided. */
    void assign(Workload workload, int host);

    String name(int host);

    /** Every host as it stands now, in name order. */
    List<Host> hostsNow();
}
