package dev.supervisorportal.backend.namespaces;

import dev.supervisorportal.backend.quota.Limits;

/**
 * An admin's direct change of a namespace's limits: all three resources, the count limits ({@code null}: no limit),
 * why, and the namespace's version the admin saw ({@code null}: whatever it is now).
 */
public record UpdateLimitsCommand(Long cpuMhz, Long memoryMib, Long storageGib, Long maxVms, Long maxTkgClusters,
                                  Long maxPods, Long maxPvcs, String reason, Long version) {

    public ObjectCountLimits counts() {
        return new ObjectCountLimits(maxVms, maxTkgClusters, maxPods, maxPvcs);
    }

    /** The three resource limits; only once they are known to be there. */
    public Limits limits() {
        return new Limits(cpuMhz, memoryMib, storageGib);
    }
}
