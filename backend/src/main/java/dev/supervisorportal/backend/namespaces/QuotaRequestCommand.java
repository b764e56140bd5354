package dev.supervisorportal.backend.namespaces;

/** An owner's or editor's request for new limits on a namespace. */
public record QuotaRequestCommand(Long cpuMhz, Long memoryMib, Long storageGib, String justification) {
}
