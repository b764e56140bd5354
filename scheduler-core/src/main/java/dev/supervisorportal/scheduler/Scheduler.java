package dev.supervisorportal.scheduler;

import dev.supervisorportal.scheduler.model.Host;
import dev.supervisorportal.scheduler.model.Workload;
import dev.supervisorportal.scheduler.plugins.AntiAffinity;
import dev.supervisorportal.scheduler.plugins.Filter;
import dev.supervisorportal.scheduler.plugins.HostReady;
import dev.supervisorportal.scheduler.plugins.ResourcesFit;
import dev.supervisorportal.scheduler.plugins.Score;
import dev.supervisorportal.scheduler.plugins.Status;
import dev.supervisorportal.scheduler.plugins.ZoneMatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides which host each workload goes to: filter, score, select, in the manner of
 * kube-scheduler. Stateless and thread-safe; the same snapshot and policy always give the same
 * plan.
 */
public final class Scheduler {

    /**
     * The hard rules, in the order they are asked: the first one a host fails gives that host's
     * reason.
     */
    public static final List<Filter> FILTERS = List.of(
            new HostReady(), new ZoneMatch(), new AntiAffinity(), new ResourcesFit());

    /**
     * Largest demand first (CPU, then memory), so big workloads find room before small ones
     * fragment it; the name settles the rest, which makes the order total.
     */
    public static final Comparator<Workload> BATCH_ORDER =
            Comparator.comparingLong((Workload w) -> w.demand().cpuMhz()).reversed()
                    .thenComparing(Comparator.comparingLong((Workload w) -> w.demand().memoryMib()).reversed())
                    .thenComparing(Workload::name);

    private static final Comparator<Evaluation.HostScore> BEST_FIRST =
            Comparator.comparingInt(Evaluation.HostScore::score).reversed()
                    .thenComparing(Evaluation.HostScore::host);

    /**
     * Places the snapshot's workloads one by one in {@link #BATCH_ORDER}, each on the host with the
     * highest score of the policy among those passing every filter (ties: the host whose name sorts
     * first), each placement counting against its host before the next workload is decided.
     */
    public Plan place(Snapshot snapshot, Policy policy) {
        ClusterState cluster = new ClusterState(snapshot.hosts(), policy.score());
        List<Workload> batch = new ArrayList<>(snapshot.workloads());
        batch.sort(BATCH_ORDER);
        List<Placement> placements = new ArrayList<>(batch.size());
        List<Unplaced> unplaced = new ArrayList<>();
        for (Workload workload : batch) {
            int host = cluster.bestHost(workload);
            if (host >= 0) {
                cluster.assign(workload, host);
                placements.add(new Placement(workload.name(), cluster.name(host)));
            } else {
                unplaced.add(new Unplaced(workload.name(), cluster.reasons(workload)));
            }
        }
        return new Plan(placements, unplaced);
    }

    /**
     * Shows how the hosts, as they are, look to one workload under one score: what "plan" would
     * weigh when this workload's turn comes, without placing anything.
     */
    public Evaluation evaluate(List<Host> hosts, Workload workload, Score score) {
        List<Host> sorted = new Snapshot(hosts, List.of(workload)).hosts().stream()
                .sorted(Comparator.comparing(Host::name)).toList();
        List<Evaluation.HostScore> scores = new ArrayList<>();
        List<Evaluation.Rejection> filtered = new ArrayList<>();
        for (Host host : sorted) {
            Status status = firstFailure(workload, host);
            if (status.isSuccess()) {
                scores.add(new Evaluation.HostScore(host.name(), score.score(workload, host)));
            } else {
                filtered.add(new Evaluation.Rejection(host.name(), status.reason()));
            }
        }
        scores.sort(BEST_FIRST);
        return new Evaluation(workload.name(), scores, filtered);
    }

    /** The verdict of the first filter the host fails, or success if it passes them all. */
    static Status firstFailure(Workload workload, Host host) {
        for (Filter filter : FILTERS) {
            Status status = filter.filter(workload, host);
            if (!status.isSuccess()) {
                return status;
            }
        }
        return Status.SUCCESS;
    }
}
