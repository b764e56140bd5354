package dev.supervisorportal.backend.workloads;

/**
 * A change of a VM's size: a new VM class (a resize, applied by a restart) and/or a bigger disk; {@code null} keeps
 * what the VM has. {@code expectedVersion} is the version the caller last saw ({@code null}: whatever it is now).
 */
public record ChangeVmCommand(String vmClass, Long storageGib, Long expectedVersion) {
}
