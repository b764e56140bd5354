package dev.supervisorportal.scheduler.model;

/**
 * An amount of the three resources placement deals with: what a host has, what it already
 * uses, what a workload asks for.
 */
public record Resources(long cpuMhz, long memoryMib, long storageGib) {

    /**
     * Largest amount accepted for any resource (2^40, about a million times a large host).
     * The bound keeps use + demand and the scores' "× 100" far away from overflow.
     */
    public static final long MAX = 1L << 40;

    public static final Resources ZERO = new Resources(0, 0, 0);

    public Resources {
        check("cpuMhz", cpuMhz);
        check("memoryMib", memoryMib);
        check("storageGib", storageGib);
    }

    private static void check(String field, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative (was " + value + ")");
        }
        if (value > MAX) {
            throw new IllegalArgumentException(field + " must be at most " + MAX + " (was " + value + ")");
        }
    }

    public Resources plus(Resources other) {
        return new Resources(cpuMhz + other.cpuMhz, memoryMib + other.memoryMib, storageGib + other.storageGib);
    }

    /** What is left when {@code other} is taken away; refuses to go below zero (the constructor checks). */
    public Resources minus(Resources other) {
        return new Resources(cpuMhz - other.cpuMhz, memoryMib - other.memoryMib, storageGib - other.storageGib);
    }
}
