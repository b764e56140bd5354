package dev.supervisorportal.scheduler.cli;

import dev.supervisorportal.scheduler.Snapshot;
import dev.supervisorportal.scheduler.model.Host;
import dev.supervisorportal.scheduler.model.HostState;
import dev.supervisorportal.scheduler.model.Workload;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class BenchSnapshotTest {

    private final Snapshot snapshot = BenchSnapshot.generate(300, 3_000, 1);

    @Test
    void theSameSeedGivesTheSameSnapshotAndAnotherSeedAnotherOne() {
        assertThat(BenchSnapshot.generate(300, 3_000, 1)).isEqualTo(snapshot);
        assertThat(BenchSnapshot.generate(300, 3_000, 2)).isNotEqualTo(snapshot);
    }

    @Test
    void hostsAreSpreadEvenlyOverThreeZonesAndMostAreReady() {
        Map<String, Long> perZone = snapshot.hosts().stream().collect(Collectors.groupingBy(Host::zone, Collectors.counting()));
        long ready = snapshot.hosts().stream().filter(host -> host.state() == HostState.READY).count();

        assertThat(snapshot.hosts()).hasSize(300);
        assertThat(perZone).containsOnly(Map.entry("zone-a", 100L), Map.entry("zone-b", 100L), Map.entry("zone-c", 100L));
        assertThat(ready).isBetween(270L, 299L);
        assertThat(snapshot.hosts()).allSatisfy(host -> {
            assertThat(host.used().cpuMhz()).isLessThan(host.capacity().cpuMhz());
            assertThat(host.name()).startsWith("esx-" + host.zone().charAt(5) + "-");
        });
    }

    @Test
    void workloadsMixZonesControlPlaneTriplesAndSomeThatFitNowhere() {
        Map<String, Long> perKey = snapshot.workloads().stream().filter(w -> w.antiAffinity() != null)
                .collect(Collectors.groupingBy(Workload::antiAffinity, Collectors.counting()));
        long zoned = snapshot.workloads().stream().filter(w -> w.zone() != null).count();
        long largestHostCpu = snapshot.hosts().stream().mapToLong(h -> h.capacity().cpuMhz()).max().orElseThrow();

        assertThat(snapshot.workloads()).hasSize(3_000);
        assertThat(perKey).isNotEmpty().allSatisfy((key, members) -> assertThat(members).isEqualTo(3L));
        assertThat(zoned).isBetween(600L, 1_200L);
        assertThat(snapshot.workloads()).anySatisfy(w -> assertThat(w.demand().cpuMhz()).isGreaterThan(largestHostCpu));
    }

    @Test
    void demandIsAboutThreeQuartersOfWhatTheReadyHostsHaveFree() {
        Map<String, Host> hosts = snapshot.hosts().stream().collect(Collectors.toMap(Host::name, Function.identity()));
        long freeCpu = hosts.values().stream().filter(h -> h.state() == HostState.READY)
                .mapToLong(h -> h.capacity().cpuMhz() - h.used().cpuMhz()).sum();
        long demandCpu = snapshot.workloads().stream().mapToLong(w -> w.demand().cpuMhz()).sum();

        assertThat((double) demandCpu / freeCpu).isBetween(0.6, 0.9);
    }

    @Test
    void distinctSizesGiveEveryWorkloadItsOwnDemandAndChangeNothingElse() {
        Snapshot distinct = BenchSnapshot.generate(300, 3_000, 1, true);

        assertThat(distinct.hosts()).isEqualTo(snapshot.hosts());
        assertThat(distinct.workloads()).extracting(Workload::demand).doesNotHaveDuplicates();
        for (int i = 0; i < snapshot.workloads().size(); i++) {
            Workload classed = snapshot.workloads().get(i);
            Workload jittered = distinct.workloads().get(i);
            assertThat(jittered.name()).isEqualTo(classed.name());
            assertThat(jittered.antiAffinity()).isEqualTo(classed.antiAffinity());
            assertThat(jittered.demand().cpuMhz() - classed.demand().cpuMhz()).isBetween(0L, 999L);
            assertThat(jittered.demand().memoryMib() - classed.demand().memoryMib()).isBetween(0L, 1_023L);
        }
    }
}
