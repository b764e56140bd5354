package dev.supervisorportal.scheduler.plugins;

/**
 * Prefers the fullest host that still fits: the {@code pack} policy. With workloads placed
 * largest first this is best-fit decreasing. kube-scheduler's NodeResourcesFit
 * {@code MostAllocated}, integer arithmetic included: per resource
 * {@code requested * 100 / capacity} (requested capped at capacity, 0 when the host has none of
 * it); then the integer average of CPU and memory.
 */
public final class MostAllocated extends ResourceAllocationScore {

    @Override
    public String name() {
        return "most-allocated";
    }

    @Override
    public int score(long cpuRequested, long cpuCapacity, long memoryRequested, long memoryCapacity) {
        return weightedAverage(resourceScore(cpuRequested, cpuCapacity), cpuCapacity,
                resourceScore(memoryRequested, memoryCapacity), memoryCapacity);
    }

    /** kube-scheduler's {@code mostRequestedScore}. */
    static long resourceScore(long requested, long capacity) {
        if (capacity == 0) {
            return 0;
        }
        return Math.min(requested, capacity) * MAX_SCORE / capacity;
    }
}
