package dev.supervisorportal.backend.namespaces;

/**
 * A DevOps engineer's request for a new namespace. Boxed numbers, so a missing value is told apart from 0; a missing
 * count limit ({@code maxVms}, …) is no limit.
 */
public record NamespaceRequestCommand(String name, Long cpuMhz, Long memoryMib, Long storageGib,
                                      String justification, Long maxVms, Long maxTkgClusters, Long maxPods,
                                      Long maxPvcs) {

    /** A request without count limits. */
    public NamespaceRequestCommand(String name, Long cpuMhz, Long memoryMib, Long storageGib, String justification) {
        this(name, cpuMhz, memoryMib, storageGib, justification, null, null, null, null);
    }

    public ObjectCountLimits counts() {
        return new ObjectCountLimits(maxVms, maxTkgClusters, maxPods, maxPvcs);
    }
}
