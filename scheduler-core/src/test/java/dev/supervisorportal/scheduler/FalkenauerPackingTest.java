package dev.supervisorportal.scheduler;

import dev.supervisorportal.scheduler.FalkenauerInstances.Instance;
import dev.supervisorportal.scheduler.model.Host;
import dev.supervisorportal.scheduler.model.HostState;
import dev.supervisorportal.scheduler.model.Resources;
import dev.supervisorportal.scheduler.model.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Packing quality on Falkenauer's u120 bin-packing instances: hosts of 150 MHz, one workload per
 * item with the item's size as CPU and a little memory out of plenty. {@code pack} places largest
 * first on the most allocated host, which is best-fit decreasing, and must stay within one host of
 * the best known number of bins.
 */
class FalkenauerPackingTest {

    /** Memory is there but never the constraint: 120 items of 1 GiB on 1 TiB hosts. */
    private static final long HOST_MEMORY_MIB = 1024 * 1024;
    private static final long ITEM_MEMORY_MIB = 1024;

    static List<Instance> instances() {
        return FalkenauerInstances.u120();
    }

    static Snapshot snapshot(Instance instance) {
        List<Host> hosts = new ArrayList<>();
        List<Workload> workloads = new ArrayList<>();
        for (int i = 0; i < instance.items().size(); i++) {
            hosts.add(new Host("bin-%03d".formatted(i), "zone-a", HostState.READY,
                    new Resources(instance.capacity(), HOST_MEMORY_MIB, 1_000), Resources.ZERO));
            workloads.add(Workload.of("item-%03d".formatted(i),
                    new Resources(instance.items().get(i), ITEM_MEMORY_MIB, 0)));
        }
        return new Snapshot(hosts, workloads);
    }

    @Test
    void theDataIsTheTwentyU120InstancesOfOrLibrary() {
        assertThat(instances()).hasSize(20).allSatisfy(instance -> {
            assertThat(instance.name()).matches("u120_\\d\\d");
            assertThat(instance.capacity()).isEqualTo(150);
            assertThat(instance.items()).hasSize(120).allSatisfy(size -> assertThat(size).isBetween(20, 100));
        });
        // A checksum of the transcription: u120_00's items add up to 7078 as published.
        assertThat(instances().getFirst().items().stream().mapToInt(Integer::intValue).sum()).isEqualTo(7078);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("instances")
    void packUsesAtMostOneHostMoreThanTheBestKnownNumberOfBins(Instance instance) {
        Plan plan = new Scheduler().place(snapshot(instance), Policy.PACK);

        assertThat(plan.unplaced()).isEmpty();
        int totalSize = instance.items().stream().mapToInt(Integer::intValue).sum();
        int lowerBound = (totalSize + instance.capacity() - 1) / instance.capacity();
        assertThat(plan.hostsUsed()).isBetween(lowerBound, instance.bestKnown() + 1);
        assertThat(loadPerHost(instance, plan).values()).allSatisfy(load -> assertThat(load).isLessThanOrEqualTo(150));
    }

    private static Map<String, Integer> loadPerHost(Instance instance, Plan plan) {
        Map<String, Integer> load = new HashMap<>();
        for (Placement placement : plan.placements()) {
            int item = Integer.parseInt(placement.workload().substring("item-".length()));
            load.merge(placement.host(), instance.items().get(item), Integer::sum);
        }
        return load;
    }
}
