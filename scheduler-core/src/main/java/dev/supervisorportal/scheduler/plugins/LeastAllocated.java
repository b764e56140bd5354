package dev.supervisorportal.scheduler.plugins;

/**
 * Prefers the host with the most room left: the {@code spread} policy, like DRS's default.
 * kube-scheduler's NodeResourcesFit {@code LeastAllocated}, integer arithmetic included:
 * per resource {@code (capacity - requested) * 100 / capacity}, 0 when the host has none of it or
 * the request exceeds it; then the integer average of CPU and memory.
 */
public final class LeastAllocated extends ResourceAllocationScore {

    @Override
    public String name() {
        return "least-allocated";
    }

    @Override
    public int score(long cpuRequested, long cpuCapacity, long memoryRequested, long memoryCapacity) {
        return weightedAverage(resourceScore(cpuRequested, cpuCapacity), cpuCapacity,
                resourceScore(memoryRequested, memoryCapacity), memoryCapacity);
    }

    /** kube-scheduler's {@code leastRequestedScore}. */
    static long resourceScore(long requested, long capacity) {
        if (capacity == 0 || requested > capacity) {
            return 0;
        }
        return (capacity - requested) * MAX_SCORE / capacity;
    }
}
