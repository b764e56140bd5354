package dev.supervisorportal.backend.inventory;

/** A host as the reconciler and the placement views see it: its id, zone, state and capacity. */
public record ZoneHost(long id, String name, String zone, HostState state, long cpuMhz, long memoryMib,
                       long storageGib) {
}
