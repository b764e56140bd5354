package dev.supervisorportal.scheduler;

import dev.supervisorportal.scheduler.model.Host;
import dev.supervisorportal.scheduler.model.HostState;
import dev.supervisorportal.scheduler.model.Resources;
import dev.supervisorportal.scheduler.model.Workload;
import dev.supervisorportal.scheduler.plugins.AntiAffinity;
import dev.supervisorportal.scheduler.plugins.BalancedAllocation;
import dev.supervisorportal.scheduler.plugins.Filter;
import dev.supervisorportal.scheduler.plugins.HostReady;
import dev.supervisorportal.scheduler.plugins.LeastAllocated;
import dev.supervisorportal.scheduler.plugins.MostAllocated;
import dev.supervisorportal.scheduler.plugins.Reason;
import dev.supervisorportal.scheduler.plugins.ResourcesFit;
import dev.supervisorportal.scheduler.plugins.Score;
import dev.supervisorportal.scheduler.plugins.Status;
import dev.supervisorportal.scheduler.plugins.ZoneMatch;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * A filter added to the built-in ones is honoured by everything that decides where a workload
 * goes (placement, its reasons, what-if's evaluation, the rebalancer), and only the built-in
 * configuration takes the fast path.
 */
class CustomFilterTest {

    private static final CpuReserve RESERVE = new CpuReserve(20);
    private static final List<Filter> WITH_RESERVE =
            Stream.concat(Scheduler.BUILT_IN_FILTERS.stream(), Stream.of(RESERVE)).toList();

    private final Scheduler builtIn = new Scheduler();
    private final Scheduler withReserve = new Scheduler(WITH_RESERVE, new LeastAllocated());

    private static Host host(String name, long cpuUsed, long memoryUsed) {
        return new Host(name, "zone-a", HostState.READY, new Resources(10_000, 10_000, 1_000),
                new Resources(cpuUsed, memoryUsed, 0));
    }

    private static Workload vm(String name, long cpu, long memory) {
        return Workload.of(name, new Resources(cpu, memory, 10));
    }

    /** esx-a is CPU-heavy, esx-b memory-heavy, esx-c in maintenance; each host's reserve leaves 8,000 MHz. */
    private static final List<Host> HOSTS = List.of(host("esx-a", 6_000, 0), host("esx-b", 0, 9_000),
            new Host("esx-c", "zone-a", HostState.MAINTENANCE, new Resources(10_000, 10_000, 1_000), Resources.ZERO));
    /** Decided first (larger): fits only on esx-b, and there only by eating into the reserve. */
    private static final Workload LARGE = vm("vm-large", 9_000, 100);
    /** Spread prefers esx-a (score 52 against 37), which the reserve refuses (9,000 MHz). */
    private static final Workload SMALL = vm("vm-small", 3_000, 500);
    private static final Snapshot SNAPSHOT = new Snapshot(HOSTS, List.of(SMALL, LARGE));

    @Test
    void withoutTheFilterBothWorkloadsArePlacedWhereTheScorePrefers() {
        assertThat(builtIn.place(SNAPSHOT)).isEqualTo(new Plan(
                List.of(new Placement("vm-large", "esx-b"), new Placement("vm-small", "esx-a")), List.of()));
    }

    @Test
    void theFilterMovesOneWorkloadAndLeavesTheOtherUnplacedWithItsReason() {
        Plan plan = withReserve.place(SNAPSHOT);

        assertThat(plan.placements()).containsExactly(new Placement("vm-small", "esx-b"));
        assertThat(plan.unplaced()).singleElement().satisfies(unplaced -> {
            assertThat(unplaced.workload()).isEqualTo("vm-large");
            assertThat(unplaced.reasons()).containsExactly(
                    entry("esx-a", Reason.of("scheduler.insufficient-cpu", 9_000L, 4_000L)),
                    entry("esx-b", Reason.of(CpuReserve.KEY, 20, 1_000L)),
                    entry("esx-c", Reason.of("scheduler.in-maintenance")));
        });
    }

    @Test
    void whatIfsEvaluationGivesTheSameVerdictsAsPlacement() {
        Evaluation large = withReserve.evaluate(HOSTS, LARGE);
        Evaluation small = withReserve.evaluate(HOSTS, SMALL);

        assertThat(large.scores()).isEmpty();
        assertThat(large.filtered()).contains(new Evaluation.Rejection("esx-b", Reason.of(CpuReserve.KEY, 20, 1_000L)));
        assertThat(small.scores()).extracting(Evaluation.HostScore::host).containsExactly("esx-b");
        assertThat(small.filtered()).contains(new Evaluation.Rejection("esx-a", Reason.of(CpuReserve.KEY, 20, 1_000L)));
    }

    @Test
    void theRebalancerMovesNothingOntoAHostTheFilterRefuses() {
        // esx-a at 95 %, esx-b empty: moving either workload leaves a spread of 85 points, and the
        // tie goes to vm-big, which would put esx-b at 90 %, into the reserve.
        Workload big = vm("vm-big", 9_000, 100);
        Workload small = vm("vm-little", 500, 100);
        List<Host> zone = List.of(host("esx-a", 9_500, 200).withUse(new Resources(9_500, 200, 20), Set.of()),
                host("esx-b", 0, 0));
        Map<String, List<Workload>> placed = Map.of("esx-a", List.of(big, small));

        assertThat(new Rebalancer().plan(zone, placed, 10, 1)).extracting(Move::workload).containsExactly("vm-big");
        assertThat(new Rebalancer(WITH_RESERVE).plan(zone, placed, 10, 1)).extracting(Move::workload)
                .containsExactly("vm-little");
    }

    @Test
    void onlyTheBuiltInFiltersWithABuiltInScoreTakeTheFastPath() {
        List<Filter> sameRulesNewInstances =
                List.of(new HostReady(), new ZoneMatch(), new AntiAffinity(), new ResourcesFit());
        List<Filter> reordered = List.of(new ZoneMatch(), new HostReady(), new AntiAffinity(), new ResourcesFit());

        assertThat(builtIn.start(HOSTS)).isInstanceOf(ClusterState.class);
        assertThat(new Scheduler(sameRulesNewInstances, new BalancedAllocation()).start(HOSTS))
                .isInstanceOf(ClusterState.class);
        assertThat(withReserve.withScore(new MostAllocated()).start(HOSTS)).isInstanceOf(PluginRun.class);
        assertThat(new Scheduler(reordered, new LeastAllocated()).start(HOSTS)).isInstanceOf(PluginRun.class);
        assertThat(new Scheduler(Scheduler.BUILT_IN_FILTERS, new FreeMemory()).start(HOSTS))
                .isInstanceOf(PluginRun.class);
        assertThat(Scheduler.pluginByPlugin(Scheduler.BUILT_IN_FILTERS, new LeastAllocated()).start(HOSTS))
                .isInstanceOf(PluginRun.class);
    }

    @Test
    void aScoreOfOnesOwnDecidesOnTheGenericPath() {
        List<Host> hosts = List.of(host("esx-a", 9_000, 0), host("esx-b", 0, 5_000));
        Snapshot snapshot = new Snapshot(hosts, List.of(vm("vm", 500, 500)));

        // least allocated: esx-a (5 + 95) / 2 = 50, esx-b (95 + 45) / 2 = 70; memory alone: 95 against 45
        assertThat(builtIn.place(snapshot).hostOf("vm")).contains("esx-b");
        assertThat(new Scheduler(Scheduler.BUILT_IN_FILTERS, new FreeMemory()).place(snapshot).hostOf("vm"))
                .contains("esx-a");
    }

    /**
     * On random snapshots, replayed workload by workload in batch order: every placement passes
     * every filter, the reserve included, on its host as the batch so far left it, and every host
     * explains an unplaced workload with the first filter it fails there.
     */
    @Test
    void onRandomSnapshotsEveryDecisionFollowsTheFiltersReserveIncluded() {
        int reserveReasons = 0;
        int plansTheReserveChanged = 0;
        for (long seed = 0; seed < 500; seed++) {
            Snapshot snapshot = RandomSnapshots.generate(seed);
            Plan plan = withReserve.place(snapshot);
            Map<String, Host> hosts = new HashMap<>();
            snapshot.hosts().forEach(h -> hosts.put(h.name(), h));
            Map<String, Unplaced> unplaced = new HashMap<>();
            plan.unplaced().forEach(u -> unplaced.put(u.workload(), u));
            List<Workload> batch = new ArrayList<>(snapshot.workloads());
            batch.sort(Scheduler.BATCH_ORDER);
            for (Workload workload : batch) {
                var target = plan.hostOf(workload.name());
                if (target.isPresent()) {
                    Host host = hosts.get(target.get());
                    assertThat(firstFailure(workload, host).isSuccess())
                            .as("seed %d: %s on %s", seed, workload.name(), host.name()).isTrue();
                    hosts.put(host.name(), host.withWorkload(workload));
                } else {
                    for (Map.Entry<String, Reason> reason : unplaced.get(workload.name()).reasons().entrySet()) {
                        assertThat(reason.getValue()).as("seed %d: %s on %s", seed, workload.name(), reason.getKey())
                                .isEqualTo(firstFailure(workload, hosts.get(reason.getKey())).reason());
                        reserveReasons += reason.getValue().key().equals(CpuReserve.KEY) ? 1 : 0;
                    }
                }
            }
            plansTheReserveChanged += plan.equals(builtIn.place(snapshot)) ? 0 : 1;
        }
        assertThat(reserveReasons).as("reasons given by the reserve").isPositive();
        assertThat(plansTheReserveChanged).as("plans the reserve changed").isPositive();
    }

    private static Status firstFailure(Workload workload, Host host) {
        return WITH_RESERVE.stream().map(filter -> filter.filter(workload, host))
                .filter(status -> !status.isSuccess()).findFirst().orElse(Status.SUCCESS);
    }

    /** A score of one's own: the share of memory the host has left after the placement. */
    private static final class FreeMemory implements Score {

        @Override
        public String name() {
            return "free-memory";
        }

        @Override
        public int score(Workload workload, Host host) {
            long capacity = host.capacity().memoryMib();
            long free = capacity - host.used().memoryMib() - workload.demand().memoryMib();
            return capacity == 0 ? 0 : (int) (free * MAX_SCORE / capacity);
        }
    }
}
