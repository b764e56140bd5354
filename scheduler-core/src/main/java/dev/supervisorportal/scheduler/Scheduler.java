package dev.supervisorportal.scheduler;

import dev.supervisorportal.scheduler.model.Host;
import dev.supervisorportal.scheduler.model.Workload;
import dev.supervisorportal.scheduler.plugins.Filter;
import dev.supervisorportal.scheduler.plugins.ResourceAllocationScore;
import dev.supervisorportal.scheduler.plugins.Score;
import dev.supervisorportal.scheduler.plugins.Status;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Decides which host each workload goes to: filter, score, select, in the manner of
 * kube-scheduler, with the filter plugins and the score plugin it was built from. Immutable and
 * thread-safe; the same snapshot always gives the same plan.
 *
 * <p>With the built-in filters ({@link #BUILT_IN_FILTERS}) and a built-in score (a
 * {@link ResourceAllocationScore}, the scores of the {@link Policy policies}) it takes the fast
 * path, {@link ClusterState}; with any other plugin it runs every plugin on every host
 * ({@link PluginRun}), as kube-scheduler stops batching when a plugin cannot take part. Both
 * decide the same for the same plugins, reasons included.
 */
public final class Scheduler {

    /**
     * The built-in hard rules, in the order they are asked: the first one a host fails gives that
     * host's reason.
     */
    public static final List<Filter> BUILT_IN_FILTERS = Filters.BUILT_IN.plugins();

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

    private final Filters filters;
    private final Score score;
    private final boolean fastPathAllowed;

    /** The built-in filters and the score of the default policy, {@link Policy#SPREAD}. */
    public Scheduler() {
        this(BUILT_IN_FILTERS, Policy.SPREAD.score());
    }

    /**
     * @param filters the hard rules, in the order they are asked: a host's reason is the first one
     *                it fails; {@link #BUILT_IN_FILTERS} plus one's own, for instance
     * @param score   how the hosts passing every filter are ranked
     */
    public Scheduler(List<Filter> filters, Score score) {
        this(new Filters(filters), score, true);
    }

    private Scheduler(Filters filters, Score score, boolean fastPathAllowed) {
        this.filters = filters;
        this.score = Objects.requireNonNull(score, "score");
        this.fastPathAllowed = fastPathAllowed;
    }

    /** The generic path always, whatever the plugins: the reference the fast path is tested against. */
    static Scheduler pluginByPlugin(List<Filter> filters, Score score) {
        return new Scheduler(new Filters(filters), score, false);
    }

    public List<Filter> filters() {
        return filters.plugins();
    }

    public Score score() {
        return score;
    }

    /** The same filters with another score. */
    public Scheduler withScore(Score other) {
        return new Scheduler(filters, other, fastPathAllowed);
    }

    /**
     * Places the snapshot's workloads one by one in {@link #BATCH_ORDER}, each on the host with the
     * highest score among those passing every filter (ties: the host whose name sorts first), each
     * placement counting against its host before the next workload is decided. A workload that
     * fits nowhere carries, for every host, the reason of the first filter that host fails.
     */
    public Plan place(Snapshot snapshot) {
        PlacementRun run = start(snapshot.hosts());
        List<Workload> batch = new ArrayList<>(snapshot.workloads());
        batch.sort(BATCH_ORDER);
        List<Placement> placements = new ArrayList<>(batch.size());
        List<Unplaced> unplaced = new ArrayList<>();
        for (Workload workload : batch) {
            int host = run.bestHost(workload);
            if (host >= 0) {
                run.assign(workload, host);
                placements.add(new Placement(workload.name(), run.name(host)));
            } else {
                unplaced.add(new Unplaced(workload.name(), filters.reasons(workload, run.hostsNow())));
            }
        }
        return new Plan(placements, unplaced);
    }

    /** {@link #place(Snapshot)} with the policy's score in place of this scheduler's. */
    public Plan place(Snapshot snapshot, Policy policy) {
        return withScore(policy.score()).place(snapshot);
    }

    /**
     * Shows how the hosts, as they are, look to one workload: what {@link #place} would weigh when
     * this workload's turn comes, without placing anything.
     */
    public Evaluation evaluate(List<Host> hosts, Workload workload) {
        List<Host> sorted = new Snapshot(hosts, List.of(workload)).hosts().stream()
                .sorted(Comparator.comparing(Host::name)).toList();
        List<Evaluation.HostScore> scores = new ArrayList<>();
        List<Evaluation.Rejection> filtered = new ArrayList<>();
        for (Host host : sorted) {
            Status status = filters.firstFailure(workload, host);
            if (status.isSuccess()) {
                scores.add(new Evaluation.HostScore(host.name(), score.score(workload, host)));
            } else {
                filtered.add(new Evaluation.Rejection(host.name(), status.reason()));
            }
        }
        scores.sort(BEST_FIRST);
        return new Evaluation(workload.name(), scores, filtered);
    }

    /** {@link #evaluate(List, Workload)} with another score in place of this scheduler's. */
    public Evaluation evaluate(List<Host> hosts, Workload workload, Score other) {
        return withScore(other).evaluate(hosts, workload);
    }

    /** The run one {@link #place} call makes: the fast path if these plugins allow it, else plugin by plugin. */
    PlacementRun start(List<Host> hosts) {
        if (fastPathAllowed && filters.areBuiltIn() && score instanceof ResourceAllocationScore builtIn) {
            return new ClusterState(hosts, builtIn);
        }
        return new PluginRun(hosts, filters, score);
    }
}
