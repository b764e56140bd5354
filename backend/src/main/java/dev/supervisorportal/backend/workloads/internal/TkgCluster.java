package dev.supervisorportal.backend.workloads.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A TKG cluster; its nodes are {@link Workload}s of kind TKG_NODE. */
@Entity
public class TkgCluster {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long namespaceId;
    private String name;
    private String kubernetesRelease;
    private int controlPlaneNodes;
    private String controlPlaneVmClass;
    private String storagePolicy;
    private String createdBy;
    private Instant createdAt;
    private Instant readyAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "cluster_id", nullable = false)
    @OrderBy("name")
    private List<TkgNodePool> nodePools = new ArrayList<>();

    protected TkgCluster() {
    }

    public TkgCluster(long namespaceId, String name, String kubernetesRelease, int controlPlaneNodes,
                      String controlPlaneVmClass, String storagePolicy, List<TkgNodePool> nodePools,
                      String createdBy, Instant createdAt) {
        this.namespaceId = namespaceId;
        this.name = name;
        this.kubernetesRelease = kubernetesRelease;
        this.controlPlaneNodes = controlPlaneNodes;
        this.controlPlaneVmClass = controlPlaneVmClass;
        this.storagePolicy = storagePolicy;
        this.nodePools.addAll(nodePools);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** When all its nodes first ran; {@code null} while it is still being created. */
    public Instant getReadyAt() {
        return readyAt;
    }

    public void markReady(Instant when) {
        this.readyAt = when;
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

    public String getKubernetesRelease() {
        return kubernetesRelease;
    }

    public int getControlPlaneNodes() {
        return controlPlaneNodes;
    }

    public String getControlPlaneVmClass() {
        return controlPlaneVmClass;
    }

    public String getStoragePolicy() {
        return storagePolicy;
    }

    public List<TkgNodePool> getNodePools() {
        return nodePools;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
