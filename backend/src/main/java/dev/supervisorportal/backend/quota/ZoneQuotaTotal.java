package dev.supervisorportal.backend.quota;

/** The quota ledger of some namespaces added up in one zone: their limit shares and what they use of them. */
public record ZoneQuotaTotal(long zoneId, Limits limit, Limits used) {

    public ZoneQuotaTotal(long zoneId, long cpuLimitMhz, long memoryLimitMib, long storageLimitGib, long cpuUsedMhz,
                          long memoryUsedMib, long storageUsedGib) {
        this(zoneId, new Limits(cpuLimitMhz, memoryLimitMib, storageLimitGib),
                new Limits(cpuUsedMhz, memoryUsedMib, storageUsedGib));
    }
}
