package dev.supervisorportal.backend.workloads.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class PodContainer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long workloadId;
    private String name;
    private String image;
    private String cpuRequest;
    private String memoryRequest;

    protected PodContainer() {
    }

    public PodContainer(long workloadId, String name, String image, String cpuRequest, String memoryRequest) {
        this.workloadId = workloadId;
        this.name = name;
        this.image = image;
        this.cpuRequest = cpuRequest;
        this.memoryRequest = memoryRequest;
    }

    public long getWorkloadId() {
        return workloadId;
    }

    public String getName() {
        return name;
    }

    public String getImage() {
        return image;
    }

    public String getCpuRequest() {
        return cpuRequest;
    }

    public String getMemoryRequest() {
        return memoryRequest;
    }
}
