package dev.supervisorportal.backend.inventory;

/**
 * The hosts of one zone in one state: how many, and their capacity added up (CPU in MHz, memory in MiB, storage in
 * GiB), in plain numbers like {@link ZoneHost}'s, so that the inventory needs nothing of the features above it.
 */
public record HostTotal(String zone, HostState state, long hosts, long cpuMhz, long memoryMib, long storageGib) {
}
