package dev.supervisorportal.scheduler;

import dev.supervisorportal.scheduler.model.Host;
import dev.supervisorportal.scheduler.model.HostState;
import dev.supervisorportal.scheduler.model.Resources;
import dev.supervisorportal.scheduler.model.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * Zones worked by hand. Every host has 10,000 MHz unless a row says otherwise, so 1,000 MHz is 10
 * percentage points; a host's use is the sum of the workloads listed on it.
 */
class RebalancerTest {

    private static final long GIB = 1_024;

    private final Rebalancer rebalancer = new Rebalancer();

    static Stream<Arguments> handWorkedZones() {
        return Stream.of(
                argumentSet("spread under the threshold: no move",
                        new Zone().host("esx-a", vm("vm-1", 3_000), vm("vm-2", 2_000)).host("esx-b", vm("vm-3", 4_000)),
                        20, 10, List.of()),
                argumentSet("spread equal to the threshold: no move",
                        new Zone().host("esx-a", vm("vm-1", 3_000)).host("esx-b", vm("vm-2", 1_000)),
                        20, 10, List.of()),
                // a 60 / b 10: vm-1 over gives 20 / 50 (spread 30), vm-2 gives 40 / 30 (10). Then
                // a 40 / b 30 with only vm-1 movable on a: moving it gives 0 / 70, so the plan stops.
                argumentSet("the move that narrows most, then none is left that narrows",
                        new Zone().host("esx-a", vm("vm-1", 4_000), vm("vm-2", 2_000)).host("esx-b", vm("vm-3", 1_000)),
                        5, 10, List.of(new Move("vm-2", "esx-a", "esx-b", 50, 10))),
                // a 55 / b 5 / c 30: cp-1 to b would even all three out at 30, but b runs cp-2 of the
                // same key; vm-1 to b gives 25 / 35 / 30. After that cp-2 cannot go back to a
                // (cp-1's key) and c's vm-2 only makes it worse.
                argumentSet("anti-affinity blocks the move that would even the hosts out",
                        new Zone().host("esx-a", vm("cp-1", 2_500).withAntiAffinity("tkg-cp"), vm("vm-1", 3_000))
                                .host("esx-b", vm("cp-2", 500).withAntiAffinity("tkg-cp"))
                                .host("esx-c", vm("vm-2", 3_000)),
                        5, 10, List.of(new Move("vm-1", "esx-a", "esx-b", 50, 10))),
                // a 60 / b 10: big to b would give 35 / 35, but b has 4 GiB of memory and big needs 8.
                argumentSet("a workload too big for the emptiest host is skipped",
                        new Zone().host("esx-a", withMemory(vm("big", 2_500), 8 * GIB), vm("vm-1", 3_500))
                                .host("esx-b", HostState.READY, new Resources(10_000, 4 * GIB, 1_000), vm("vm-2", 1_000)),
                        20, 10, List.of(new Move("vm-1", "esx-a", "esx-b", 50, 20))),
                // a 60 (zone-a) / b 10 (zone-b): vm-1 to b would give 35 / 35, but it asked for zone-a.
                argumentSet("a workload pinned to a zone stays in it",
                        new Zone().host("esx-a", vm("vm-1", 2_500).inZone("zone-a"), vm("vm-2", 3_500))
                                .host("esx-b", "zone-b", vm("vm-3", 1_000)),
                        20, 10, List.of(new Move("vm-2", "esx-a", "esx-b", 50, 20))),
                // a 80 / b, c, d 0: every first move leaves 60; the tie goes to vm-1, then to esx-b.
                argumentSet("maxMoves 1 stops after the first move",
                        fourVmsOnOneOfFourHosts(), 0, 1, List.of(new Move("vm-1", "esx-a", "esx-b", 80, 60))),
                argumentSet("maxMoves 0 plans nothing", fourVmsOnOneOfFourHosts(), 0, 0, List.of()),
                // a 60 / b 20 / c 0 / d 0: every move leaves 40, ties again to vm-2 and esx-b. Then
                // a and b share the top at 40, c and d the bottom at 0: moving one host off the top
                // leaves the other there, so no single move narrows the spread, moves left or not.
                argumentSet("stops with moves left when no single move narrows the spread",
                        fourVmsOnOneOfFourHosts(), 0, 10, List.of(
                                new Move("vm-1", "esx-a", "esx-b", 80, 60),
                                new Move("vm-2", "esx-a", "esx-b", 60, 40))),
                // Only a 60 and b 20 count: the spread is 40, not 90. If m could take, vm-1 to m
                // would leave 30 / 20 / 30; if f could give, it would be the host to empty.
                argumentSet("MAINTENANCE and FAILED hosts neither give nor take",
                        new Zone().host("esx-a", vm("vm-1", 3_000), vm("vm-2", 3_000))
                                .host("esx-b", vm("vm-3", 2_000))
                                .host("esx-f", HostState.FAILED, vm("vm-4", 9_000))
                                .host("esx-m", HostState.MAINTENANCE),
                        20, 10, List.of(new Move("vm-1", "esx-a", "esx-b", 40, 20))),
                argumentSet("a host without CPU capacity is left out",
                        new Zone().host("esx-a", vm("vm-1", 2_000), vm("vm-2", 4_000))
                                .host("esx-b")
                                .host("esx-z", HostState.READY, new Resources(0, 64 * GIB, 1_000)),
                        20, 10, List.of(new Move("vm-1", "esx-a", "esx-b", 60, 20))));
    }

    @ParameterizedTest
    @MethodSource("handWorkedZones")
    void plansTheMovesWorkedOutByHand(Zone zone, int threshold, int maxMoves, List<Move> expected) {
        assertThat(rebalancer.plan(zone.hosts(), zone.placed(), threshold, maxMoves)).isEqualTo(expected);
    }

    @Test
    void refusesNegativeLimits() {
        Zone zone = new Zone().host("esx-a", vm("vm-1", 1_000));

        assertThatThrownBy(() -> rebalancer.plan(zone.hosts(), zone.placed(), -1, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rebalancer.plan(zone.hosts(), zone.placed(), 20, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesWorkloadsOnAHostItWasNotGiven() {
        Zone zone = new Zone().host("esx-a", vm("vm-1", 1_000));

        assertThatThrownBy(() -> rebalancer.plan(zone.hosts(), Map.of("esx-x", List.of(vm("vm-2", 1_000))), 20, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("workloads listed on unknown host 'esx-x'");
    }

    @Test
    void refusesAWorkloadListedTwice() {
        Zone zone = new Zone().host("esx-a", vm("vm-1", 1_000)).host("esx-b", vm("vm-1", 1_000));

        assertThatThrownBy(() -> rebalancer.plan(zone.hosts(), zone.placed(), 20, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("duplicate workload name 'vm-1'");
    }

    @Test
    void refusesAHostWhoseUseDoesNotIncludeItsWorkloads() {
        Host host = new Host("esx-a", "zone-a", HostState.READY, new Resources(10_000, 64 * GIB, 1_000),
                new Resources(500, GIB, 10));

        assertThatThrownBy(() -> rebalancer.plan(List.of(host), Map.of("esx-a", List.of(vm("vm-1", 1_000))), 20, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("host esx-a: used is less than the demand of the workloads listed on it");
    }

    private static Zone fourVmsOnOneOfFourHosts() {
        return new Zone().host("esx-a", vm("vm-1", 2_000), vm("vm-2", 2_000), vm("vm-3", 2_000), vm("vm-4", 2_000))
                .host("esx-b").host("esx-c").host("esx-d");
    }

    private static Workload vm(String name, long cpu) {
        return Workload.of(name, new Resources(cpu, GIB, 10));
    }

    private static Workload withMemory(Workload workload, long memory) {
        Resources demand = workload.demand();
        return new Workload(workload.name(), new Resources(demand.cpuMhz(), memory, demand.storageGib()),
                workload.zone(), workload.antiAffinity());
    }

    /** Hosts written with the workloads on them: use and anti-affinity keys follow from the list. */
    static final class Zone {

        private final List<Host> hosts = new ArrayList<>();
        private final Map<String, List<Workload>> placed = new LinkedHashMap<>();

        Zone host(String name, Workload... workloads) {
            return host(name, HostState.READY, workloads);
        }

        Zone host(String name, String zone, Workload... workloads) {
            return host(name, zone, HostState.READY, new Resources(10_000, 64 * GIB, 1_000), workloads);
        }

        Zone host(String name, HostState state, Workload... workloads) {
            return host(name, state, new Resources(10_000, 64 * GIB, 1_000), workloads);
        }

        Zone host(String name, HostState state, Resources capacity, Workload... workloads) {
            return host(name, "zone-a", state, capacity, workloads);
        }

        private Zone host(String name, String zone, HostState state, Resources capacity, Workload... workloads) {
            long cpu = 0;
            long memory = 0;
            long storage = 0;
            Set<String> keys = new TreeSet<>();
            for (Workload workload : workloads) {
                cpu += workload.demand().cpuMhz();
                memory += workload.demand().memoryMib();
                storage += workload.demand().storageGib();
                workload.antiAffinityKey().ifPresent(keys::add);
            }
            hosts.add(new Host(name, zone, state, capacity, new Resources(cpu, memory, storage), keys));
            placed.put(name, List.of(workloads));
            return this;
        }

        List<Host> hosts() {
            return hosts;
        }

        Map<String, List<Workload>> placed() {
            return placed;
        }
    }
}
