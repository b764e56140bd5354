package dev.supervisorportal.backend.inventory.internal;

import dev.supervisorportal.backend.inventory.HostState;
import dev.supervisorportal.backend.inventory.HostView;
import dev.supervisorportal.backend.inventory.ZoneHost;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/** An ESXi host in one zone, with its capacity. */
@Entity
public class Host {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    private Zone zone;

    @Enumerated(EnumType.STRING)
    private HostState state;

    private long cpuMhz;

    private long memoryMib;

    private long storageGib;

    @Version
    private long version;

    protected Host() {
    }

    public Host(String name, Zone zone, HostState state, long cpuMhz, long memoryMib, long storageGib) {
        this.name = name;
        this.zone = zone;
        this.state = state;
        this.cpuMhz = cpuMhz;
        this.memoryMib = memoryMib;
        this.storageGib = storageGib;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Zone getZone() {
        return zone;
    }

    public HostState getState() {
        return state;
    }

    public void setState(HostState state) {
        this.state = state;
    }

    public ZoneHost toZoneHost() {
        return new ZoneHost(id, name, zone.getName(), state, cpuMhz, memoryMib, storageGib);
    }

    public HostView toView() {
        return new HostView(name, zone.getName(), state, cpuMhz, memoryMib, storageGib);
    }
}
