package dev.supervisorportal.backend.namespaces.internal;

import dev.supervisorportal.backend.namespaces.ObjectCountLimits;
import dev.supervisorportal.backend.quota.Limits;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;

/** A vSphere Namespace, active on the Supervisor. */
@Entity
public class Namespace {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private long cpuLimitMhz;
    private long memoryLimitMib;
    private long storageLimitGib;
    private Instant createdAt;
    private Long requestId;
    private Long maxVms;
    private Long maxTkgClusters;
    private Long maxPods;
    private Long maxPvcs;

    @Version
    private long version;

    protected Namespace() {
    }

    public Namespace(String name, Limits limits, ObjectCountLimits counts, Instant createdAt, Long requestId) {
        this.name = name;
        setLimits(limits);
        setCountLimits(counts);
        this.createdAt = createdAt;
        this.requestId = requestId;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setLimits(Limits limits) {
        this.cpuLimitMhz = limits.cpuMhz();
        this.memoryLimitMib = limits.memoryMib();
        this.storageLimitGib = limits.storageGib();
    }

    public void setCountLimits(ObjectCountLimits counts) {
        this.maxVms = counts.maxVms();
        this.maxTkgClusters = counts.maxTkgClusters();
        this.maxPods = counts.maxPods();
        this.maxPvcs = counts.maxPvcs();
    }

    public ObjectCountLimits countLimits() {
        return new ObjectCountLimits(maxVms, maxTkgClusters, maxPods, maxPvcs);
    }

    public long getVersion() {
        return version;
    }

    public Limits limits() {
        return new Limits(cpuLimitMhz, memoryLimitMib, storageLimitGib);
    }
}
