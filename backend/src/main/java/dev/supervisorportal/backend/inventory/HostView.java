package dev.supervisorportal.backend.inventory;

public record HostView(String name, String zone, HostState state, long cpuMhz, long memoryMib, long storageGib) {
}
