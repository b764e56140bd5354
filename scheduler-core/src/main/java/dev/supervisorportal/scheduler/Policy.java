package dev.supervisorportal.scheduler;

import dev.supervisorportal.scheduler.plugins.BalancedAllocation;
import dev.supervisorportal.scheduler.plugins.LeastAllocated;
import dev.supervisorportal.scheduler.plugins.MostAllocated;
import dev.supervisorportal.scheduler.plugins.ResourceAllocationScore;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How to choose among the hosts that can take a workload: which score plugin decides. */
public enum Policy {
    /** Least allocated first: spreads the load, the DRS-like default. */
    SPREAD("spread", new LeastAllocated()),
    /** Most allocated first: packs hosts full, so that empty ones can be powered down. */
    PACK("pack", new MostAllocated()),
    /** Balanced allocation: keeps CPU and memory use of each host close to each other. */
    BALANCED("balanced", new BalancedAllocation());

    private final String cliName;
    private final ResourceAllocationScore score;

    Policy(String cliName, ResourceAllocationScore score) {
        this.cliName = cliName;
        this.score = score;
    }

    public String cliName() {
        return cliName;
    }

    public ResourceAllocationScore score() {
        return score;
    }

    /** The policy called {@code spread}, {@code pack} or {@code balanced}. */
    public static Policy fromCliName(String name) {
        for (Policy policy : values()) {
            if (policy.cliName.equals(name)) {
                return policy;
            }
        }
        throw new IllegalArgumentException("unknown policy '" + name + "' (expected " + names() + ")");
    }

    /** The score plugin called {@code least-allocated}, {@code most-allocated} or {@code balanced-allocation}. */
    public static ResourceAllocationScore scoreNamed(String name) {
        for (Policy policy : values()) {
            if (policy.score.name().equals(name)) {
                return policy.score;
            }
        }
        throw new IllegalArgumentException("unknown scorer '" + name + "' (expected "
                + Arrays.stream(values()).map(p -> p.score.name()).collect(Collectors.joining(", ")) + ")");
    }

    private static String names() {
        return Arrays.stream(values()).map(Policy::cliName).collect(Collectors.joining(", "));
    }
}
