package dev.supervisorportal.scheduler.plugins;

import dev.supervisorportal.scheduler.model.Resources;
import dev.supervisorportal.scheduler.model.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cases worked by hand from kube-scheduler's {@code mostRequestedScore}:
 * {@code requested * 100 / capacity} per resource (requested capped at capacity), then the
 * integer mean.
 */
class MostAllocatedTest {

    private final MostAllocated score = new MostAllocated();

    @ParameterizedTest(name = "{5}")
    @CsvSource(delimiter = '|', textBlock = """
            0    | 4000 | 0     | 10000 | 0   | nothing requested
            3000 | 4000 | 5000  | 10000 | 62  | cpu 75, memory 50; 125/2 truncates to 62
            3000 | 6000 | 5000  | 10000 | 50  | cpu 50, memory 50
            1000 | 3000 | 0     | 10000 | 16  | cpu 100000/3000=33, memory 0; 33/2=16
            2000 | 3000 | 1000  | 3000  | 49  | cpu 66, memory 33; 99/2=49
            5000 | 4000 | 5000  | 10000 | 75  | request above capacity is capped: cpu 100, memory 50
            4000 | 4000 | 10000 | 10000 | 100 | full host
            2000 | 4000 | 0     | 0     | 50  | a host with no memory at all: memory is left out of the mean
            0    | 0    | 0     | 0     | 0   | a host with nothing
            """)
    void scoresHowFullTheHostGets(long cpuRequested, long cpuCapacity, long memoryRequested, long memoryCapacity,
                                  int expected, String why) {
        assertThat(score.score(cpuRequested, cpuCapacity, memoryRequested, memoryCapacity)).isEqualTo(expected);
    }

    @Test
    void requestedIsTheHostsUsePlusTheWorkloadsDemand() {
        Workload workload = Workload.of("vm", new Resources(2_000, 3_000, 0));
        var host = Hosts.sized(new Resources(4_000, 10_000, 1_000), new Resources(1_000, 2_000, 0));

        // requested cpu 3000 of 4000 -> 75, memory 5000 of 10000 -> 50, mean 62
        assertThat(score.score(workload, host)).isEqualTo(62);
    }
}
