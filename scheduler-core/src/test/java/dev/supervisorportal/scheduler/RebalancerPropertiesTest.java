package dev.supervisorportal.scheduler;

import dev.supervisorportal.scheduler.model.Host;
import dev.supervisorportal.scheduler.model.Resources;
import dev.supervisorportal.scheduler.model.Workload;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules every plan must keep, checked on thousands of random zones by replaying its moves on the
 * input. Each case is one seed; a failure names it ("seed 1234"), and
 * {@code RandomZones.generate(1234)} rebuilds the zone to debug.
 */
class RebalancerPropertiesTest {

    private static final int ZONES = 2_000;

    private final Rebalancer rebalancer = new Rebalancer();

    static LongStream seeds() {
        return LongStream.range(0, ZONES);
    }

    private List<Move> plan(RandomZones.Zone zone) {
        return rebalancer.plan(zone.hosts(), zone.placed(), zone.threshold(), zone.maxMoves());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyMoveStartsAboveTheThresholdAndStrictlyNarrowsTheSpread(long seed) {
        RandomZones.Zone zone = RandomZones.generate(seed);
        Replay replay = new Replay(zone);
        for (Move move : plan(zone)) {
            assertThat(move.spreadBefore()).as("seed %d: %s", seed, move)
                    .isEqualTo(replay.spread()).isGreaterThan(zone.threshold());
            replay.apply(move);
            assertThat(move.spreadAfter()).as("seed %d: %s", seed, move)
                    .isEqualTo(replay.spread()).isLessThan(move.spreadBefore());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void eachWorkloadMovesAtMostOnceFromItsHostToAnotherReadyHostOfItsZone(long seed) {
        RandomZones.Zone zone = RandomZones.generate(seed);
        Map<String, Host> hosts = new HashMap<>();
        zone.hosts().forEach(host -> hosts.put(host.name(), host));
        Map<String, String> hostOf = new HashMap<>();
        Map<String, Workload> workloads = new HashMap<>();
        zone.placed().forEach((host, listed) -> listed.forEach(workload -> {
            hostOf.put(workload.name(), host);
            workloads.put(workload.name(), workload);
        }));
        Set<String> moved = new HashSet<>();
        for (Move move : plan(zone)) {
            assertThat(moved.add(move.workload())).as("seed %d: %s moves again", seed, move).isTrue();
            assertThat(move.from()).as("seed %d: %s", seed, move).isEqualTo(hostOf.get(move.workload()));
            assertThat(move.to()).as("seed %d: %s", seed, move).isNotEqualTo(move.from());
            assertThat(ReferenceRebalancer.takesPart(hosts.get(move.from()))).as("seed %d: %s gives", seed, move).isTrue();
            assertThat(ReferenceRebalancer.takesPart(hosts.get(move.to()))).as("seed %d: %s takes", seed, move).isTrue();
            workloads.get(move.workload()).askedZone().ifPresent(asked ->
                    assertThat(hosts.get(move.to()).zone()).as("seed %d: %s", seed, move).isEqualTo(asked));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noHostThatTakesAWorkloadEndsOverCapacity(long seed) {
        RandomZones.Zone zone = RandomZones.generate(seed);
        Replay replay = new Replay(zone);
        Set<String> targets = new HashSet<>();
        for (Move move : plan(zone)) {
            replay.apply(move);
            targets.add(move.to());
        }
        for (Host host : zone.hosts()) {
            if (targets.contains(host.name())) {
                long[] used = replay.used.get(host.name());
                assertThat(used[0]).as("seed %d: cpu of %s", seed, host.name()).isLessThanOrEqualTo(host.capacity().cpuMhz());
                assertThat(used[1]).as("seed %d: memory of %s", seed, host.name())
                        .isLessThanOrEqualTo(host.capacity().memoryMib());
                assertThat(used[2]).as("seed %d: storage of %s", seed, host.name())
                        .isLessThanOrEqualTo(host.capacity().storageGib());
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void workloadsSharingAKeyNeverShareAHost(long seed) {
        RandomZones.Zone zone = RandomZones.generate(seed);
        Map<String, Workload> workloads = new HashMap<>();
        zone.placed().values().forEach(listed -> listed.forEach(workload -> workloads.put(workload.name(), workload)));
        // Everything a host has held during the plan: a key that left it may still be on an unlisted workload.
        Map<String, Set<String>> keysOnHost = new HashMap<>();
        zone.hosts().forEach(host -> keysOnHost.put(host.name(), new HashSet<>(host.antiAffinityKeys())));
        for (Move move : plan(zone)) {
            workloads.get(move.workload()).antiAffinityKey().ifPresent(key ->
                    assertThat(keysOnHost.get(move.to()).add(key))
                            .as("seed %d: %s lands next to key %s", seed, move, key).isTrue());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void plansAtMostMaxMovesAndExactlyWhatTheBruteForceReferencePlans(long seed) {
        RandomZones.Zone zone = RandomZones.generate(seed);
        List<Move> moves = plan(zone);

        assertThat(moves).as("seed %d", seed).hasSizeLessThanOrEqualTo(zone.maxMoves());
        assertThat(moves).as("seed %d", seed)
                .isEqualTo(ReferenceRebalancer.plan(zone.hosts(), zone.placed(), zone.threshold(), zone.maxMoves()));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theSameInputGivesTheSameMovesWhateverTheOrderItCameIn(long seed) {
        RandomZones.Zone zone = RandomZones.generate(seed);
        Random random = new Random(seed);
        List<Host> hosts = new ArrayList<>(zone.hosts());
        Collections.shuffle(hosts, random);
        List<String> hostNames = new ArrayList<>(zone.placed().keySet());
        Collections.shuffle(hostNames, random);
        Map<String, List<Workload>> placed = new LinkedHashMap<>();
        for (String host : hostNames) {
            List<Workload> listed = new ArrayList<>(zone.placed().get(host));
            Collections.shuffle(listed, random);
            placed.put(host, listed);
        }
        List<Move> moves = plan(zone);

        assertThat(plan(zone)).as("seed %d: again", seed).isEqualTo(moves);
        assertThat(rebalancer.plan(hosts, placed, zone.threshold(), zone.maxMoves()))
                .as("seed %d: shuffled", seed).isEqualTo(moves);
    }

    /** The zone's CPU, memory and storage use per host, replayed move by move. */
    private static final class Replay {

        private final List<Host> hosts;
        private final Map<String, long[]> used = new HashMap<>();
        private final Map<String, Resources> demand = new HashMap<>();

        Replay(RandomZones.Zone zone) {
            hosts = zone.hosts();
            hosts.forEach(host -> used.put(host.name(),
                    new long[] {host.used().cpuMhz(), host.used().memoryMib(), host.used().storageGib()}));
            zone.placed().values().forEach(listed -> listed.forEach(w -> demand.put(w.name(), w.demand())));
        }

        void apply(Move move) {
            Resources moved = demand.get(move.workload());
            long[] from = used.get(move.from());
            long[] to = used.get(move.to());
            from[0] -= moved.cpuMhz();
            from[1] -= moved.memoryMib();
            from[2] -= moved.storageGib();
            to[0] += moved.cpuMhz();
            to[1] += moved.memoryMib();
            to[2] += moved.storageGib();
        }

        /** Most minus least CPU utilisation of the READY hosts with CPU, in percentage points. */
        double spread() {
            double max = Double.NEGATIVE_INFINITY;
            double min = Double.POSITIVE_INFINITY;
            int taking = 0;
            for (Host host : hosts) {
                if (ReferenceRebalancer.takesPart(host)) {
                    double utilisation = used.get(host.name())[0] * 100.0 / host.capacity().cpuMhz();
                    max = Math.max(max, utilisation);
                    min = Math.min(min, utilisation);
                    taking++;
                }
            }
            return taking < 2 ? 0 : max - min;
        }
    }
}
