package dev.supervisorportal.scheduler.plugins;

import dev.supervisorportal.scheduler.model.Resources;
import dev.supervisorportal.scheduler.model.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cases worked by hand from kube-scheduler's {@code balancedResourceScorer}: fractions capped at
 * 1, {@code std = |f1 - f2| / 2}, score {@code int64((1 - std) * 100)} in float64.
 */
class BalancedAllocationTest {

    private final BalancedAllocation score = new BalancedAllocation();

    @ParameterizedTest(name = "{5}")
    @CsvSource(delimiter = '|', textBlock = """
            3000 | 4000  | 5000  | 10000 | 87  | kube-scheduler's example: 0.75 and 0.5, std 0.125, 87.5 truncates to 87
            3000 | 6000  | 5000  | 10000 | 100 | 0.5 and 0.5: perfectly balanced
            0    | 4000  | 0     | 10000 | 100 | nothing requested: 0 and 0 are balanced too
            4000 | 4000  | 0     | 10000 | 50  | 1 and 0: the worst balance, std 0.5
            5000 | 4000  | 0     | 10000 | 50  | a fraction above 1 is capped at 1
            1000 | 10000 | 8000  | 10000 | 64  | 0.1 and 0.8: exactly 65 on paper, 64.99999999999999 in float64, so 64 as in Go
            2500 | 10000 | 7500  | 10000 | 75  | 0.25 and 0.75: std 0.25
            0    | 0     | 5000  | 10000 | 100 | a host with no cpu: one fraction left, deviation zero
            """)
    void scoresHowCloseCpuAndMemoryUseAre(long cpuRequested, long cpuCapacity, long memoryRequested,
                                         long memoryCapacity, int expected, String why) {
        assertThat(score.score(cpuRequested, cpuCapacity, memoryRequested, memoryCapacity)).isEqualTo(expected);
    }

    @Test
    void requestedIsTheHostsUsePlusTheWorkloadsDemand() {
        Workload workload = Workload.of("vm", new Resources(2_000, 3_000, 0));
        var host = Hosts.sized(new Resources(4_000, 10_000, 1_000), new Resources(1_000, 2_000, 0));

        // 3000/4000 = 0.75 and 5000/10000 = 0.5: 87
        assertThat(score.score(workload, host)).isEqualTo(87);
    }
}
