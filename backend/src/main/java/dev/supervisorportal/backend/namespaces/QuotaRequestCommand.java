package dev.supervisorportal.backend.namespaces;

/**
 * An owner's or editor's request for new limits on a namespace: all three resources and the count limits it asks
 * to have ({@code null}: no limit of that kind).
 */
public record QuotaRequestCommand(Long cpuMhz, Long memoryMib, Long storageGib, String justification, Long maxVms,
                                  Long maxTkgClusters, Long maxPods, Long maxPvcs) {

    /** A request without count limits. */
    public QuotaRequestCommand(Long cpuMhz, Long memoryMib, Long storageGib, String justification) {
        this(cpuMhz, memoryMib, storageGib, justification, null, null, null, null);
    }

    public ObjectCountLimits counts() {
        return new ObjectCountLimits(maxVms, maxTkgClusters, maxPods, maxPvcs);
    }
}
