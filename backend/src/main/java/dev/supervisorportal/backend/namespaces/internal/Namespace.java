package dev.supervisorportal.backend.namespaces.internal;

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

    @Version
    private long version;

    protected Namespace() {
    }

    public Namespace(String name, Limits limits, Instant createdAt, Long requestId) {
        this.name = name;
        this.cpuLimitMhz = limits.cpuMhz();
        this.memoryLimitMib = limits.memoryMib();
        this.storageLimitGib = limits.storageGib();
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

    public Limits limits() {
        return new Limits(cpuLimitMhz, memoryLimitMib, storageLimitGib);
    }
}
