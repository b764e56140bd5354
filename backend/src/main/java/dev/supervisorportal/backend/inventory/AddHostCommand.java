package dev.supervisorportal.backend.inventory;

/** An admin's request to add an ESXi host to a zone: its name and capacity. */
public record AddHostCommand(String zone, String name, Long cpuMhz, Long memoryMib, Long storageGib) {
}
