package dev.supervisorportal.scheduler.plugins;

import dev.supervisorportal.scheduler.model.Host;
import dev.supervisorportal.scheduler.model.Workload;

/**
 * A hard rule: may this workload run on this host as it stands now? Like kube-scheduler's
 * {@code FilterPlugin}, one small rule per implementation. A scheduler asks the filters it was
 * built with ({@code new Scheduler(filters, score)}); one of one's own turns the scheduler onto its
 * generic, plugin-by-plugin path.
 */
public interface Filter {

    /** A short name, for logs and tests. */
    String name();

    /**
     * @param host the host with its current use and anti-affinity keys, placements made earlier in
     *             the same batch included
     */
    Status filter(Workload workload, Host host);
}
