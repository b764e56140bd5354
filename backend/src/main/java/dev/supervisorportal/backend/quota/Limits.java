package dev.supervisorportal.backend.quota;

import dev.supervisorportal.backend.common.Msg;

/** An amount of the three resources quota is kept in: CPU in MHz, memory in MiB, storage in GiB. */
public record Limits(long cpuMhz, long memoryMib, long storageGib) {

    public static final Limits NONE = new Limits(0, 0, 0);

    /** "CPU 4,000 MHz, memory 8,192 MiB, storage 40 GiB", in the reader's language. */
    public Msg text() {
        return Msg.of("quota.limits", cpuMhz, memoryMib, storageGib);
    }

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
