package dev.supervisorportal.backend.quota.internal;

import dev.supervisorportal.backend.quota.PolicyShare;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * One line of the per-storage-policy ledger: a namespace's share of one policy's storage limit in one zone (none
 * when the policy has no limit of its own), and what VM disks, TKG node disks and volumes of that policy use of it.
 */
@Entity
public class ZonePolicyQuota {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long namespaceId;

    private long zoneId;

    private String storagePolicy;

    private Long limitGib;

    private long usedGib;

    @Version
    private long version;

    protected ZonePolicyQuota() {
    }

    public ZonePolicyQuota(long namespaceId, long zoneId, String storagePolicy) {
        this.namespaceId = namespaceId;
        this.zoneId = zoneId;
        this.storagePolicy = storagePolicy;
    }

    public long getZoneId() {
        return zoneId;
    }

    public String getStoragePolicy() {
        return storagePolicy;
    }

    public Long getLimitGib() {
        return limitGib;
    }

    public void setLimitGib(Long limitGib) {
        this.limitGib = limitGib;
    }

    /** Adds {@code gib} (negative to release) to what is in use. */
    public void use(long gib) {
        usedGib += gib;
    }

    public PolicyShare toShare(String zoneName) {
        return new PolicyShare(zoneName, storagePolicy, limitGib, usedGib);
    }
}
