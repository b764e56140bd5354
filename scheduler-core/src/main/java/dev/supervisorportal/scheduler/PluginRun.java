package dev.supervisorportal.scheduler;

import dev.supervisorportal.scheduler.model.Host;
import dev.supervisorportal.scheduler.model.Workload;
import dev.supervisorportal.scheduler.plugins.Score;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The generic path, kube-scheduler's filter → score → select written out plugin by plugin: for a
 * workload, every filter runs on every host, the hosts passing them all are scored, the highest
 * score wins (the host whose name sorts first on ties). It works for any filters and score, and
 * it is the reference the fast path ({@link ClusterState}) must agree with.
 */
final class PluginRun implements PlacementRun {

    private final Host[] hosts;
    private final Filters filters;
    private final Score score;

    PluginRun(List<Host> unsorted, Filters filters, Score score) {
        this.hosts = unsorted.toArray(Host[]::new);
        Arrays.sort(hosts, Comparator.comparing(Host::name));
        this.filters = filters;
        this.score = score;
    }

    @Override
    public int bestHost(Workload workload) {
        int best = -1;
        int bestScore = 0;
        for (int host = 0; host < hosts.length; host++) {
            if (filters.firstFailure(workload, hosts[host]).isSuccess()) {
                int hostScore = score.score(workload, hosts[host]);
                if (best < 0 || hostScore > bestScore) {
                    best = host;
                    bestScore = hostScore;
                }
            }
        }
        return best;
    }

    @Override
    public void assign(Workload workload, int host) {
        hosts[host] = hosts[host].withWorkload(workload);
    }

    @Override
    public String name(int host) {
        return hosts[host].name();
    }

    @Override
    public List<Host> hostsNow() {
        return List.of(hosts);
    }
}
