package dev.supervisorportal.backend.inventory;

import dev.supervisorportal.backend.quota.Limits;

/** The hosts of one zone in one state: how many, and their capacity added up. */
public record HostTotal(String zone, HostState state, long hosts, Limits capacity) {

    public HostTotal(String zone, HostState state, long hosts, long cpuMhz, long memoryMib, long storageGib) {
        this(zone, state, hosts, new Limits(cpuMhz, memoryMib, storageGib));
    }
}
