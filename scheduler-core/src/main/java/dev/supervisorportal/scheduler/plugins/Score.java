package dev.supervisorportal.scheduler.plugins;

import dev.supervisorportal.scheduler.model.Host;
import dev.supervisorportal.scheduler.model.Workload;

/**
 * A soft rule: how good is this host for this workload, from 0 to {@link #MAX_SCORE}? Only hosts
 * that passed every {@link Filter} are scored; the highest wins, ties to the host whose name sorts
 * first. Like kube-scheduler's {@code ScorePlugin}. The built-in ones are the
 * {@link ResourceAllocationScore}s; any other turns the scheduler onto its generic path.
 */
public interface Score {

    /** kube-scheduler's {@code MaxNodeScore}. */
    int MAX_SCORE = 100;

    /** The name used on the command line ({@code least-allocated}). */
    String name();

    int score(Workload workload, Host host);
}
