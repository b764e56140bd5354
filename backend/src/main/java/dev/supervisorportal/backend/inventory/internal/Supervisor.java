package dev.supervisorportal.backend.inventory.internal;

import dev.supervisorportal.backend.inventory.Topology;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class Supervisor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    private Topology topology;

    private int mhzPerVcpu;

    protected Supervisor() {
    }

    public Supervisor(String name, Topology topology, int mhzPerVcpu) {
        this.name = name;
        this.topology = topology;
        this.mhzPerVcpu = mhzPerVcpu;
    }

    public String getName() {
        return name;
    }

    public Topology getTopology() {
        return topology;
    }

    public int getMhzPerVcpu() {
        return mhzPerVcpu;
    }
}
