package dev.supervisorportal.backend.namespaces;

/** A DevOps engineer's request for a new namespace. Boxed numbers, so a missing value is told apart from 0. */
public record NamespaceRequestCommand(String name, Long cpuMhz, Long memoryMib, Long storageGib,
                                      String justification) {
}
