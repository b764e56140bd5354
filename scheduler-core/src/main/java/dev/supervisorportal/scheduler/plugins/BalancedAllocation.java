package dev.supervisorportal.scheduler.plugins;

/**
 * Prefers the host whose CPU and memory end up equally used, so that neither is stranded: the
 * {@code balanced} policy. kube-scheduler's {@code NodeResourcesBalancedAllocation}, as in its
 * current {@code balancedResourceScorer}: fractions {@code requested / capacity} as float64
 * capped at 1, resources the host has none of left out; for two fractions the standard deviation
 * is {@code |f1 - f2| / 2} (older releases wrote it the same way; the general square-root form
 * is used there only for three or more resources); score {@code int64((1 - std) * 100)}.
 * Java's doubles follow the same IEEE 754 rules as Go's float64, so the truncation lands on the
 * same integer.
 */
public final class BalancedAllocation extends ResourceAllocationScore {

    @Override
    public String name() {
        return "balanced-allocation";
    }

    @Override
    public int score(long cpuRequested, long cpuCapacity, long memoryRequested, long memoryCapacity) {
        if (cpuCapacity == 0 || memoryCapacity == 0) {
            // Fewer than two fractions: kube-scheduler leaves the deviation at zero.
            return MAX_SCORE;
        }
        double cpuFraction = fraction(cpuRequested, cpuCapacity);
        double memoryFraction = fraction(memoryRequested, memoryCapacity);
        double std = Math.abs((cpuFraction - memoryFraction) / 2);
        return (int) ((1 - std) * MAX_SCORE);
    }

    private static double fraction(long requested, long capacity) {
        return Math.min((double) requested / (double) capacity, 1.0);
    }
}
