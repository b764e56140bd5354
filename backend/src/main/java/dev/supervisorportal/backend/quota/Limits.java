package dev.supervisorportal.backend.quota;

/** An amount of the three resources quota is kept in: CPU in MHz, memory in MiB, storage in GiB. */
public record Limits(long cpuMhz, long memoryMib, long storageGib) {

    public static final Limits NONE = new Limits(0, 0, 0);

    public Limits plus(Limits other) {
        return new Limits(cpuMhz + other.cpuMhz, memoryMib + other.memoryMib, storageGib + other.storageGib);
    }

    public Limits times(long factor) {
        return new Limits(cpuMhz * factor, memoryMib * factor, storageGib * factor);
    }

    public Limits minus(Limits other) {
        return new Limits(cpuMhz - other.cpuMhz, memoryMib - other.memoryMib, storageGib - other.storageGib);
    }
}
