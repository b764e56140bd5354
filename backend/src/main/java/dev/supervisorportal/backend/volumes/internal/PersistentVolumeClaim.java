package dev.supervisorportal.backend.volumes.internal;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.common.MsgColumn;
import dev.supervisorportal.backend.volumes.PvcStatus;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A persistent volume claim of a namespace, in one zone; bound to a datastore by the reconciler. */
@Entity
@Table(name = "persistent_volume_claim")
public class PersistentVolumeClaim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long namespaceId;
    private String name;
    private long zoneId;
    private String storagePolicy;
    private long storageGib;
    private String accessMode;

    @Enumerated(EnumType.STRING)
    private PvcStatus status;

    @Convert(converter = MsgColumn.class)
    private Msg statusReason;

    private Long datastoreId;
    private Long workloadId;
    private String createdBy;
    private Instant createdAt;

    @Version
    private long version;

    protected PersistentVolumeClaim() {
    }

    public PersistentVolumeClaim(long namespaceId, String name, long zoneId, String storagePolicy, long storageGib,
                                 String accessMode, String createdBy, Instant createdAt) {
        this.namespaceId = namespaceId;
        this.name = name;
        this.zoneId = zoneId;
        this.storagePolicy = storagePolicy;
        this.storageGib = storageGib;
        this.accessMode = accessMode;
        this.status = PvcStatus.PENDING;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getNamespaceId() {
        return namespaceId;
    }

    public String getName() {
        return name;
    }

    public long getZoneId() {
        return zoneId;
    }

    public String getStoragePolicy() {
        return storagePolicy;
    }

    public long getStorageGib() {
        return storageGib;
    }

    public String getAccessMode() {
        return accessMode;
    }

    public PvcStatus getStatus() {
        return status;
    }

    public Msg getStatusReason() {
        return statusReason;
    }

    public Long getDatastoreId() {
        return datastoreId;
    }

    public Long getWorkloadId() {
        return workloadId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public void grow(long newStorageGib) {
        this.storageGib = newStorageGib;
    }

    public void attachTo(Long workloadId) {
        this.workloadId = workloadId;
    }

    public void bind(long datastoreId) {
        this.datastoreId = datastoreId;
        this.status = PvcStatus.BOUND;
        this.statusReason = null;
    }

    public void waitFor(Msg reason) {
        this.statusReason = reason;
    }
}
