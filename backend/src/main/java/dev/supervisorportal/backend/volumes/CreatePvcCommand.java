package dev.supervisorportal.backend.volumes;

/**
 * A request for a persistent volume claim: a DNS-1123 name, a storage policy granted to the namespace, a size, the
 * access mode ({@code ReadWriteOnce}, the default) and optionally the zone (else the one with the most free storage).
 */
public record CreatePvcCommand(String name, String storagePolicy, Long storageGib, String accessMode, String zone) {
}
