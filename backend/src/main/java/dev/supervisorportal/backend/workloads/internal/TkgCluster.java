package dev.supervisorportal.backend.workloads.internal;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.common.MsgColumn;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Convert;
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
    /** The generation of the desired spec: raised by each change a user makes, not by the reconciler. */
    private long version;
    /** True while nodes are being replaced one at a time to reach the desired release or VM classes. */
    private boolean rolling;
    @Convert(converter = MsgColumn.class)
    private Msg rolloutNote;

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

    public long getVersion() {
        return version;
    }

    public boolean isRolling() {
        return rolling;
    }

    /** Why the roll waits (quota, no host with room), or {@code null} while it moves. */
    public Msg getRolloutNote() {
        return rolloutNote;
    }

    /** A user changed the desired spec: the next version; a new release or VM class starts a roll. */
    public void specChanged(boolean startsRoll) {
        this.version++;
        this.rolling |= startsRoll;
    }

    public void upgradeTo(String release) {
        this.kubernetesRelease = release;
    }

    /** Records why the roll waits (or {@code null}); returns whether that is news. */
    public boolean noteRollout(Msg note) {
        boolean changed = !java.util.Objects.equals(note, rolloutNote);
        this.rolloutNote = note;
        return changed;
    }

    public void rolloutDone() {
        this.rolling = false;
        this.rolloutNote = null;
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
