package dev.supervisorportal.backend.workloads.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class TkgNodePool {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private int replicas;
    private String vmClass;
    private String zoneName;

    protected TkgNodePool() {
    }

    public TkgNodePool(String name, int replicas, String vmClass, String zoneName) {
        this.name = name;
        this.replicas = replicas;
        this.vmClass = vmClass;
        this.zoneName = zoneName;
    }

    public void scaleTo(int replicas) {
        this.replicas = replicas;
    }

    public void changeClass(String vmClass) {
        this.vmClass = vmClass;
    }

    public String getName() {
        return name;
    }

    public int getReplicas() {
        return replicas;
    }

    public String getVmClass() {
        return vmClass;
    }

    public String getZoneName() {
        return zoneName;
    }
}
