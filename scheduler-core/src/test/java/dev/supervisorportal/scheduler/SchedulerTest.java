package dev.supervisorportal.scheduler;

import dev.supervisorportal.scheduler.model.Host;
import dev.supervisorportal.scheduler.model.HostState;
import dev.supervisorportal.scheduler.model.Resources;
import dev.supervisorportal.scheduler.model.Workload;
import dev.supervisorportal.scheduler.plugins.LeastAllocated;
import dev.supervisorportal.scheduler.plugins.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class SchedulerTest {

    private final Scheduler scheduler = new Scheduler();

    private static Host host(String name, long cpuUsed, long memoryUsed) {
        return new Host(name, "zone-a", HostState.READY, new Resources(10_000, 10_000, 1_000),
                new Resources(cpuUsed, memoryUsed, 0));
    }

    private static Workload vm(String name, long cpu, long memory) {
        return Workload.of(name, new Resources(cpu, memory, 10));
    }

    private Plan place(List<Host> hosts, List<Workload> workloads, Policy policy) {
        return scheduler.place(new Snapshot(hosts, workloads), policy);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // spread: a 40, b 70, c 10; pack: a 60, b 30, c 90; balanced: all 100, the tie goes to a
            "SPREAD, esx-b",
            "PACK, esx-c",
            "BALANCED, esx-a"})
    void eachPolicyChoosesTheHostItsScoreRatesHighest(Policy policy, String expected) {
        List<Host> hosts = List.of(host("esx-a", 5_000, 5_000), host("esx-b", 2_000, 2_000), host("esx-c", 8_000, 8_000));

        Plan plan = place(hosts, List.of(vm("vm", 1_000, 1_000)), policy);

        assertThat(plan.placements()).containsExactly(new Placement("vm", expected));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // memory 4000 more: a ends at cpu .5 / memory .5, b at .1 / .5
            "SPREAD, esx-b",   // a (50+50)/2=50, b (90+50)/2=70
            "PACK, esx-a",     // a (50+50)/2=50, b (10+50)/2=30
            "BALANCED, esx-a"}) // a std 0 -> 100, b std .2 -> 80
    void balancedEvensOutCpuAndMemory(Policy policy, String expected) {
        List<Host> hosts = List.of(host("esx-a", 5_000, 1_000), host("esx-b", 1_000, 1_000));

        Plan plan = place(hosts, List.of(vm("vm", 0, 4_000)), policy);

        assertThat(plan.hostOf("vm")).contains(expected);
    }

    @ParameterizedTest
    @EnumSource(Policy.class)
    void tiesGoToTheHostWhoseNameSortsFirstWhateverTheInputOrder(Policy policy) {
        List<Host> hosts = List.of(host("esx-c", 0, 0), host("esx-a", 0, 0), host("esx-b", 0, 0));

        Plan plan = place(hosts, List.of(vm("vm", 1_000, 1_000)), policy);

        assertThat(plan.placements()).containsExactly(new Placement("vm", "esx-a"));
    }

    @Test
    void eachPlacementCountsBeforeTheNextWorkloadIsDecided() {
        List<Host> hosts = List.of(host("esx-a", 0, 0), host("esx-b", 0, 0));
        List<Workload> workloads = List.of(vm("vm-1", 2_000, 2_000), vm("vm-2", 2_000, 2_000));

        assertThat(place(hosts, workloads, Policy.SPREAD).placements())
                .containsExactly(new Placement("vm-1", "esx-a"), new Placement("vm-2", "esx-b"));
        assertThat(place(hosts, workloads, Policy.PACK).placements())
                .containsExactly(new Placement("vm-1", "esx-a"), new Placement("vm-2", "esx-a"));
    }

    @Test
    void theLargestCpuDemandIsPlacedFirst() {
        // Room for one of the two: the later but larger one gets it.
        Plan plan = place(List.of(host("esx-a", 0, 0)),
                List.of(vm("a-small", 4_000, 1_000), vm("z-big", 8_000, 1_000)), Policy.SPREAD);

        assertThat(plan.placements()).containsExactly(new Placement("z-big", "esx-a"));
        assertThat(plan.unplaced()).extracting(Unplaced::workload).containsExactly("a-small");
    }

    @Test
    void equalCpuIsOrderedByMemoryThenByName() {
        Plan plan = place(List.of(host("esx-a", 0, 0)),
                List.of(vm("vm-3", 3_000, 1_000), vm("vm-2", 3_000, 1_000), vm("vm-1", 3_000, 4_000)),
                Policy.SPREAD);

        assertThat(plan.placements()).extracting(Placement::workload).containsExactly("vm-1", "vm-2", "vm-3");
    }

    @Test
    void aWorkloadThatFitsNowhereGetsOneReasonPerHostAsTheIssueWordsThem() {
        List<Host> hosts = List.of(
                new Host("esx-c-01", "zone-b", HostState.MAINTENANCE, new Resources(16_000, 65_536, 1_000), Resources.ZERO),
                new Host("esx-b-03", "zone-b", HostState.READY, new Resources(16_000, 65_536, 1_000),
                        new Resources(10_000, 0, 0)),
                new Host("esx-a-02", "zone-a", HostState.READY, new Resources(16_000, 65_536, 1_000), Resources.ZERO),
                new Host("esx-d-01", "zone-b", HostState.FAILED, new Resources(16_000, 65_536, 1_000), Resources.ZERO));
        Workload workload = new Workload("tkg-1-worker", new Resources(8_000, 4_096, 40), "zone-b", null);

        Plan plan = place(hosts, List.of(workload), Policy.SPREAD);

        assertThat(plan.placements()).isEmpty();
        assertThat(plan.unplaced()).singleElement().satisfies(unplaced -> {
            assertThat(unplaced.workload()).isEqualTo("tkg-1-worker");
            assertThat(unplaced.texts()).containsExactly(
                    entry("esx-a-02", "zone-a, asked zone-b"),
                    entry("esx-b-03", "insufficient cpu: needs 8000 MHz, 6000 free"),
                    entry("esx-c-01", "in maintenance"),
                    entry("esx-d-01", "failed"));
        });
    }

    @Test
    void reasonsDescribeTheHostsAfterTheEarlierPlacementsOfTheBatch() {
        Plan plan = place(List.of(host("esx-a", 0, 0)),
                List.of(vm("vm-1", 8_000, 1_000), vm("vm-2", 4_000, 1_000)), Policy.SPREAD);

        assertThat(plan.unplaced()).singleElement().extracting(Unplaced::texts)
                .isEqualTo(Map.of("esx-a", "insufficient cpu: needs 4000 MHz, 2000 free"));
    }

    @Test
    void antiAffinityBeatsPackingAndRefusesAFourthControlPlaneNodeOnThreeHosts() {
        List<Host> hosts = List.of(host("esx-a", 0, 0), host("esx-b", 0, 0), host("esx-c", 0, 0));
        List<Workload> controlPlane = List.of(
                vm("cp-1", 1_000, 1_000).withAntiAffinity("tkg-1-cp"),
                vm("cp-2", 1_000, 1_000).withAntiAffinity("tkg-1-cp"),
                vm("cp-3", 1_000, 1_000).withAntiAffinity("tkg-1-cp"),
                vm("cp-4", 1_000, 1_000).withAntiAffinity("tkg-1-cp"));

        Plan plan = place(hosts, controlPlane, Policy.PACK);

        assertThat(plan.placements()).containsExactly(
                new Placement("cp-1", "esx-a"), new Placement("cp-2", "esx-b"), new Placement("cp-3", "esx-c"));
        assertThat(plan.unplaced()).singleElement().extracting(Unplaced::texts).isEqualTo(Map.of(
                "esx-a", "anti-affinity: already runs a workload with key tkg-1-cp",
                "esx-b", "anti-affinity: already runs a workload with key tkg-1-cp",
                "esx-c", "anti-affinity: already runs a workload with key tkg-1-cp"));
    }

    @Test
    void aHostThatAlreadyRunsTheKeyIsAvoided() {
        Host running = new Host("esx-a", "zone-a", HostState.READY, new Resources(10_000, 10_000, 1_000),
                Resources.ZERO, Set.of("supervisor-cp"));

        Plan plan = place(List.of(running, host("esx-b", 9_000, 9_000)),
                List.of(vm("cp-2", 500, 500).withAntiAffinity("supervisor-cp"), vm("other", 500, 500)),
                Policy.SPREAD);

        assertThat(plan.hostOf("cp-2")).contains("esx-b");
        assertThat(plan.hostOf("other")).contains("esx-a");
    }

    @Test
    void withoutHostsEveryWorkloadIsUnplacedWithNoReasonsAndAnEmptySnapshotGivesAnEmptyPlan() {
        Plan noHosts = place(List.of(), List.of(vm("vm", 1, 1)), Policy.SPREAD);
        Plan nothing = place(List.of(), List.of(), Policy.SPREAD);

        assertThat(noHosts.unplaced()).containsExactly(new Unplaced("vm", Map.of()));
        assertThat(nothing).isEqualTo(new Plan(List.of(), List.of()));
    }

    @Test
    void hostsUsedCountsDistinctHostsThatReceivedWorkloads() {
        Plan plan = place(List.of(host("esx-a", 0, 0), host("esx-b", 0, 0), host("esx-c", 0, 0)),
                List.of(vm("vm-1", 3_000, 3_000), vm("vm-2", 3_000, 3_000), vm("vm-3", 3_000, 3_000)), Policy.PACK);

        assertThat(plan.hostsUsed()).isEqualTo(1);
        assertThat(plan.hostOf("vm-3")).contains("esx-a");
        assertThat(plan.hostOf("missing")).isEmpty();
    }

    @Test
    void evaluateScoresEveryHostThatCanTakeTheWorkloadBestFirstAndSaysWhyTheOthersCannot() {
        List<Host> hosts = List.of(
                host("esx-d", 9_500, 0),
                host("esx-c", 2_000, 2_000),
                host("esx-b", 2_000, 2_000),
                new Host("esx-a", "zone-a", HostState.MAINTENANCE, new Resources(10_000, 10_000, 1_000), Resources.ZERO),
                host("esx-e", 6_000, 6_000));

        Evaluation evaluation = scheduler.evaluate(hosts, vm("vm", 1_000, 1_000), new LeastAllocated());

        // b and c: 70 each, tie by name; e: 30
        assertThat(evaluation.workload()).isEqualTo("vm");
        assertThat(evaluation.scores()).containsExactly(
                new Evaluation.HostScore("esx-b", 70),
                new Evaluation.HostScore("esx-c", 70),
                new Evaluation.HostScore("esx-e", 30));
        assertThat(evaluation.filtered()).containsExactly(
                new Evaluation.Rejection("esx-a", Reason.of("scheduler.in-maintenance")),
                new Evaluation.Rejection("esx-d", Reason.of("scheduler.insufficient-cpu", 1_000L, 500L)));
        assertThat(evaluation.filtered()).extracting(Evaluation.Rejection::text)
                .containsExactly("in maintenance", "insufficient cpu: needs 1000 MHz, 500 free");
    }
}
