package dev.supervisorportal.scheduler.plugins;

/**
 * A {@link ResourceAllocationScore} that scores CPU and memory each on its own with one formula and
 * then takes kube-scheduler's weighted average of the two: {@link LeastAllocated} and
 * {@link MostAllocated}.
 */
public abstract sealed class PerResourceScore extends ResourceAllocationScore
        permits LeastAllocated, MostAllocated {

    @Override
    public final int score(long cpuRequested, long cpuCapacity, long memoryRequested, long memoryCapacity) {
        return weightedAverage(resourceScore(cpuRequested, cpuCapacity), cpuCapacity,
                resourceScore(memoryRequested, memoryCapacity), memoryCapacity);
    }

    /** One resource's score, 0 to {@link Score#MAX_SCORE}. */
    abstract long resourceScore(long requested, long capacity);
}
