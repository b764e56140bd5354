package dev.supervisorportal.scheduler.plugins;

import dev.supervisorportal.scheduler.model.Host;
import dev.supervisorportal.scheduler.model.Workload;

/**
 * The shape shared by kube-scheduler's NodeResourcesFit scoring strategies: a score computed from
 * "requested" (the host's current use plus this workload's demand) and capacity, for CPU and
 * memory with weight 1 each. Storage is not scored.
 */
public abstract sealed class ResourceAllocationScore implements Score
        permits LeastAllocated, MostAllocated, BalancedAllocation {

    @Override
    public final int score(Workload workload, Host host) {
        return score(host.used().cpuMhz() + workload.demand().cpuMhz(), host.capacity().cpuMhz(),
                host.used().memoryMib() + workload.demand().memoryMib(), host.capacity().memoryMib());
    }

    /**
     * The formula on plain numbers, which is what the scheduler's hot loop calls.
     *
     * @param cpuRequested    current CPU use plus the workload's demand, MHz
     * @param memoryRequested current memory use plus the workload's demand, MiB
     * @return 0 to {@link Score#MAX_SCORE}
     */
    public abstract int score(long cpuRequested, long cpuCapacity, long memoryRequested, long memoryCapacity);

    /**
     * kube-scheduler's weighted average with both weights 1: integer division, and a resource the
     * host has none of is left out of the average (as {@code if allocable[i] == 0 { continue }}).
     * Written case by case so that the common case divides by the constant 2, which the JIT turns
     * into a shift, rather than by a variable weight sum.
     */
    static int weightedAverage(long cpuScore, long cpuCapacity, long memoryScore, long memoryCapacity) {
        if (cpuCapacity != 0 && memoryCapacity != 0) {
            return (int) ((cpuScore + memoryScore) / 2);
        }
        if (cpuCapacity != 0) {
            return (int) cpuScore;
        }
        return memoryCapacity != 0 ? (int) memoryScore : 0;
    }
}
