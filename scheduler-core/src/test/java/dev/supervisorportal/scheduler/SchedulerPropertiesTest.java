package dev.supervisorportal.scheduler;

import dev.supervisorportal.scheduler.model.Host;
import dev.supervisorportal.scheduler.model.HostState;
import dev.supervisorportal.scheduler.model.Resources;
import dev.supervisorportal.scheduler.model.Workload;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules that must hold for every snapshot, checked on thousands of random ones under every policy.
 * Each case is one seed; a failure names it ("seed 1234"), and
 * {@code RandomSnapshots.generate(1234)} rebuilds the snapshot to debug.
 */
class SchedulerPropertiesTest {

    private static final int SNAPSHOTS = 2_000;

    private final Scheduler scheduler = new Scheduler();

    static LongStream seeds() {
        return LongStream.range(0, SNAPSHOTS);
    }

    private static Map<String, Host> hostsByName(Snapshot snapshot) {
        return snapshot.hosts().stream().collect(Collectors.toMap(Host::name, Function.identity()));
    }

    private static Map<String, Workload> workloadsByName(Snapshot snapshot) {
        return snapshot.workloads().stream().collect(Collectors.toMap(Workload::name, Function.identity()));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noHostEndsOverCapacityAndAnOverCommittedHostTakesNothing(long seed) {
        Snapshot snapshot = RandomSnapshots.generate(seed);
        Map<String, Workload> workloads = workloadsByName(snapshot);
        for (Policy policy : Policy.values()) {
            Map<String, long[]> use = new HashMap<>();
            snapshot.hosts().forEach(host -> use.put(host.name(), new long[] {
                    host.used().cpuMhz(), host.used().memoryMib(), host.used().storageGib()}));
            for (Placement placement : scheduler.place(snapshot, policy).placements()) {
                Resources demand = workloads.get(placement.workload()).demand();
                long[] hostUse = use.get(placement.host());
                hostUse[0] += demand.cpuMhz();
                hostUse[1] += demand.memoryMib();
                hostUse[2] += demand.storageGib();
            }
            for (Host host : snapshot.hosts()) {
                long[] hostUse = use.get(host.name());
                boolean overCommitted = host.used().cpuMhz() > host.capacity().cpuMhz()
                        || host.used().memoryMib() > host.capacity().memoryMib()
                        || host.used().storageGib() > host.capacity().storageGib();
                Resources after = new Resources(hostUse[0], hostUse[1], hostUse[2]);
                if (overCommitted) {
                    assertThat(after).as("seed %d, %s: over-committed %s", seed, policy, host.name())
                            .isEqualTo(host.used());
                } else {
                    assertThat(hostUse[0]).as("seed %d, %s: cpu of %s", seed, policy, host.name())
                            .isLessThanOrEqualTo(host.capacity().cpuMhz());
                    assertThat(hostUse[1]).as("seed %d, %s: memory of %s", seed, policy, host.name())
                            .isLessThanOrEqualTo(host.capacity().memoryMib());
                    assertThat(hostUse[2]).as("seed %d, %s: storage of %s", seed, policy, host.name())
                            .isLessThanOrEqualTo(host.capacity().storageGib());
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void workloadsGoOnlyToReadyHostsOfTheZoneTheyAskFor(long seed) {
        Snapshot snapshot = RandomSnapshots.generate(seed);
        Map<String, Host> hosts = hostsByName(snapshot);
        Map<String, Workload> workloads = workloadsByName(snapshot);
        for (Policy policy : Policy.values()) {
            for (Placement placement : scheduler.place(snapshot, policy).placements()) {
                Host host = hosts.get(placement.host());
                Workload workload = workloads.get(placement.workload());
                assertThat(host.state()).as("seed %d, %s: %s", seed, policy, placement).isEqualTo(HostState.READY);
                workload.askedZone().ifPresent(zone ->
                        assertThat(host.zone()).as("seed %d, %s: %s", seed, policy, placement).isEqualTo(zone));
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void workloadsSharingAKeyNeverShareAHost(long seed) {
        Snapshot snapshot = RandomSnapshots.generate(seed);
        Map<String, Workload> workloads = workloadsByName(snapshot);
        for (Policy policy : Policy.values()) {
            Map<String, Set<String>> keysOnHost = new HashMap<>();
            snapshot.hosts().forEach(host -> keysOnHost.put(host.name(), new HashSet<>(host.antiAffinityKeys())));
            for (Placement placement : scheduler.place(snapshot, policy).placements()) {
                String key = workloads.get(placement.workload()).antiAffinity();
                if (key != null) {
                    assertThat(keysOnHost.get(placement.host()).add(key))
                            .as("seed %d, %s: %s lands next to key %s", seed, policy, placement, key)
                            .isTrue();
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyWorkloadIsPlacedOnceOrCarriesAReasonFromEveryHost(long seed) {
        Snapshot snapshot = RandomSnapshots.generate(seed);
        Set<String> hostNames = hostsByName(snapshot).keySet();
        for (Policy policy : Policy.values()) {
            Plan plan = scheduler.place(snapshot, policy);
            List<String> decided = new ArrayList<>();
            plan.placements().forEach(placement -> decided.add(placement.workload()));
            for (Unplaced unplaced : plan.unplaced()) {
                decided.add(unplaced.workload());
                assertThat(unplaced.reasons().keySet()).as("seed %d, %s: hosts explaining %s", seed, policy,
                        unplaced.workload()).isEqualTo(hostNames);
                assertThat(unplaced.texts().values()).as("seed %d, %s", seed, policy).allSatisfy(reason ->
                        assertThat(reason).isNotBlank());
            }
            assertThat(decided).as("seed %d, %s", seed, policy)
                    .containsExactlyInAnyOrderElementsOf(workloadsByName(snapshot).keySet());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theSameInputGivesTheSameOutputWhateverTheOrderItCameIn(long seed) {
        Snapshot snapshot = RandomSnapshots.generate(seed);
        Random random = new Random(seed);
        List<Host> hosts = new ArrayList<>(snapshot.hosts());
        List<Workload> workloads = new ArrayList<>(snapshot.workloads());
        Collections.shuffle(hosts, random);
        Collections.shuffle(workloads, random);
        Snapshot shuffled = new Snapshot(hosts, workloads);
        for (Policy policy : Policy.values()) {
            Plan plan = scheduler.place(snapshot, policy);
            assertThat(scheduler.place(snapshot, policy)).as("seed %d, %s: again", seed, policy).isEqualTo(plan);
            assertThat(scheduler.place(shuffled, policy)).as("seed %d, %s: shuffled", seed, policy).isEqualTo(plan);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theFastPathDecidesExactlyWhatThePluginByPluginPathDecidesWithTheBuiltInPlugins(long seed) {
        Snapshot snapshot = RandomSnapshots.generate(seed);
        for (Policy policy : Policy.values()) {
            Scheduler pluginByPlugin = Scheduler.pluginByPlugin(Scheduler.BUILT_IN_FILTERS, policy.score());
            assertThat(scheduler.place(snapshot, policy)).as("seed %d, %s", seed, policy)
                    .isEqualTo(pluginByPlugin.place(snapshot));
        }
    }
}
