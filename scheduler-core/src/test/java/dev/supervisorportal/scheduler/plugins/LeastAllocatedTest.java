package dev.supervisorportal.scheduler.plugins;

import dev.supervisorportal.scheduler.model.Resources;
import dev.supervisorportal.scheduler.model.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cases worked by hand from kube-scheduler's {@code leastRequestedScore}:
 * {@code (capacity - requested) * 100 / capacity} per resource, then the integer mean.
 */
class LeastAllocatedTest {

    private final LeastAllocated score = new LeastAllocated();

    @ParameterizedTest(name = "{5}")
    @CsvSource(delimiter = '|', textBlock = """
            0    | 4000 | 0     | 10000 | 100 | nothing requested: (100 + 100) / 2
            3000 | 4000 | 5000  | 10000 | 37  | kube-scheduler's differently sized nodes: cpu 1000*100/4000=25, memory 50; 75/2 truncates to 37
            3000 | 6000 | 5000  | 10000 | 50  | the larger node: cpu 50, memory 50
            1000 | 3000 | 0     | 1000  | 83  | cpu 2000*100/3000=66 (not 67), memory 100; 166/2=83
            5000 | 4000 | 0     | 10000 | 50  | request above capacity scores 0 for that resource: (0 + 100) / 2
            4000 | 4000 | 10000 | 10000 | 0   | full host
            0    | 0    | 5000  | 10000 | 50  | a host with no cpu at all: cpu is left out of the mean, not counted as 0
            0    | 0    | 0     | 0     | 0   | a host with nothing: no resource to average
            """)
    void scoresTheRoomLeft(long cpuRequested, long cpuCapacity, long memoryRequested, long memoryCapacity,
                           int expected, String why) {
        assertThat(score.score(cpuRequested, cpuCapacity, memoryRequested, memoryCapacity)).isEqualTo(expected);
    }

    @Test
    void requestedIsTheHostsUsePlusTheWorkloadsDemandAndStorageDoesNotCount() {
        Workload workload = Workload.of("vm", new Resources(2_000, 3_000, 999));
        var host = Hosts.sized(new Resources(4_000, 10_000, 1_000), new Resources(1_000, 2_000, 0));

        // requested cpu 3000 of 4000 -> 25, memory 5000 of 10000 -> 50, mean 37
        assertThat(score.score(workload, host)).isEqualTo(37);
    }
}
