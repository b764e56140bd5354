package dev.supervisorportal.backend.quota.internal;

import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.quota.ZoneShare;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** One line of the quota ledger: a namespace's share of its limits in one zone, and the use of it. */
@Entity
public class ZoneQuota {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long namespaceId;

    private long zoneId;

    private long cpuLimitMhz;
    private long memoryLimitMib;
    private long storageLimitGib;

    private long cpuUsedMhz;
    private long memoryUsedMib;
    private long storageUsedGib;

    @Version
    private long version;

    protected ZoneQuota() {
    }

    public ZoneQuota(long namespaceId, long zoneId, Limits share) {
        this.namespaceId = namespaceId;
        this.zoneId = zoneId;
        this.cpuLimitMhz = share.cpuMhz();
        this.memoryLimitMib = share.memoryMib();
        this.storageLimitGib = share.storageGib();
    }

    public long getZoneId() {
        return zoneId;
    }

    /** Adds {@code demand} (negative to release) to what is in use. */
    public void use(Limits demand) {
        cpuUsedMhz += demand.cpuMhz();
        memoryUsedMib += demand.memoryMib();
        storageUsedGib += demand.storageGib();
    }

    public void setLimit(Limits share) {
        cpuLimitMhz = share.cpuMhz();
        memoryLimitMib = share.memoryMib();
        storageLimitGib = share.storageGib();
    }

    public ZoneShare toShare(String zoneName) {
        return new ZoneShare(zoneName, new Limits(cpuLimitMhz, memoryLimitMib, storageLimitGib),
                new Limits(cpuUsedMhz, memoryUsedMib, storageUsedGib));
    }
}
