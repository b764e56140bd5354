package dev.supervisorportal.backend.workloads.internal;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.common.MsgColumn;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.workloads.PowerState;
import dev.supervisorportal.backend.workloads.WorkloadKind;
import dev.supervisorportal.backend.workloads.WorkloadStatus;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;

/** One schedulable unit: a VM, a TKG node VM or a vSphere Pod, with the demand it reserved in its zone. */
@Entity
public class Workload {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long namespaceId;

    @Enumerated(EnumType.STRING)
    private WorkloadKind kind;

    private String name;
    private long zoneId;

    @Enumerated(EnumType.STRING)
    private WorkloadStatus status;

    @Convert(converter = MsgColumn.class)
    private Msg statusReason;
    private Long hostId;
    private long cpuMhz;
    private long memoryMib;
    private long storageGib;
    private Long clusterId;
    private String nodeRole;
    private String antiAffinity;
    private String vmClass;
    private String image;
    private String storagePolicy;
    private String requestedZone;
    private String kubernetesRelease;
    private String nodePool;
    private String createdBy;
    private Instant createdAt;
    private Instant placedAt;

    @Enumerated(EnumType.STRING)
    private PowerState powerState = PowerState.ON;
    private boolean restartRequested;

    @Version
    private long version;

    protected Workload() {
    }

    private Workload(Long namespaceId, WorkloadKind kind, String name, long zoneId, Limits demand, String createdBy,
                     Instant createdAt) {
        this.namespaceId = namespaceId;
        this.kind = kind;
        this.name = name;
        this.zoneId = zoneId;
        this.status = WorkloadStatus.PENDING;
        this.statusReason = Msg.of("reconcile.admitted");
        this.cpuMhz = demand.cpuMhz();
        this.memoryMib = demand.memoryMib();
        this.storageGib = demand.storageGib();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public static Workload vm(long namespaceId, String name, long zoneId, Limits demand, String vmClass, String image,
                              String storagePolicy, String requestedZone, String createdBy, Instant createdAt) {
        Workload vm = new Workload(namespaceId, WorkloadKind.VM, name, zoneId, demand, createdBy, createdAt)
                .asVirtualMachine(vmClass, storagePolicy, requestedZone);
        vm.image = image;
        return vm;
    }

    public static Workload tkgNode(long namespaceId, String name, long zoneId, Limits demand, long clusterId,
                                   String nodeRole, String antiAffinity, String vmClass, String storagePolicy,
                                   String requestedZone, String createdBy, Instant createdAt) {
        Workload node = new Workload(namespaceId, WorkloadKind.TKG_NODE, name, zoneId, demand, createdBy, createdAt)
                .asVirtualMachine(vmClass, storagePolicy, requestedZone);
        node.clusterId = clusterId;
        node.nodeRole = nodeRole;
        node.antiAffinity = antiAffinity;
        return node;
    }

    /** A TKG node built with this Kubernetes release, in this pool ({@code null} for the control plane). */
    public Workload builtWith(String kubernetesRelease, String nodePool) {
        this.kubernetesRelease = kubernetesRelease;
        this.nodePool = nodePool;
        return this;
    }

    public String getKubernetesRelease() {
        return kubernetesRelease;
    }

    public String getNodePool() {
        return nodePool;
    }

    /** What a VM and a TKG cluster's node VM both have: a VM class, a storage policy and the zone asked for. */
    private Workload asVirtualMachine(String vmClass, String storagePolicy, String requestedZone) {
        this.vmClass = vmClass;
        this.storagePolicy = storagePolicy;
        this.requestedZone = requestedZone;
        return this;
    }

    public static Workload pod(long namespaceId, String name, long zoneId, Limits demand, String createdBy,
                               Instant createdAt) {
        return new Workload(namespaceId, WorkloadKind.POD, name, zoneId, demand, createdBy, createdAt);
    }

    /** One of the Supervisor's control-plane VMs, in no namespace; its anti-affinity keeps the three apart. */
    public static Workload supervisorVm(String name, long zoneId, Limits demand, String antiAffinity,
                                        Instant createdAt) {
        Workload vm = new Workload(null, WorkloadKind.SUPERVISOR_VM, name, zoneId, demand, "system", createdAt);
        vm.antiAffinity = antiAffinity;
        return vm;
    }

    /** What the reconciler decided: the status, host, reason and placement time it gives this workload. */
    public void place(WorkloadStatus status, Long hostId, Msg statusReason, Instant placedAt) {
        this.status = status;
        this.hostId = hostId;
        this.statusReason = statusReason;
        this.placedAt = placedAt;
    }

    /** Asks the reconciler to switch the VM off or on; a power-off also drops a restart asked for before. */
    public void setPowerState(PowerState powerState) {
        this.powerState = powerState;
        if (powerState == PowerState.OFF) {
            this.restartRequested = false;
        }
    }

    /** Asks the reconciler to restart the VM: on its host when that host has room for it, else wherever it fits. */
    public void requestRestart() {
        this.restartRequested = true;
    }

    /** The reconciler restarted it (or found nothing to restart). */
    public void restartDone() {
        this.restartRequested = false;
    }

    /** A new VM class and/or disk, with the demand they make; the reservation is the caller's to adjust. */
    public void resize(String vmClass, Limits demand) {
        this.vmClass = vmClass;
        this.cpuMhz = demand.cpuMhz();
        this.memoryMib = demand.memoryMib();
        this.storageGib = demand.storageGib();
    }

    public PowerState getPowerState() {
        return powerState;
    }

    public boolean isRestartRequested() {
        return restartRequested;
    }

    public Long getId() {
        return id;
    }

    public Long getNamespaceId() {
        return namespaceId;
    }

    public WorkloadKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public long getZoneId() {
        return zoneId;
    }

    public WorkloadStatus getStatus() {
        return status;
    }

    public Msg getStatusReason() {
        return statusReason;
    }

    public Long getHostId() {
        return hostId;
    }

    public Long getClusterId() {
        return clusterId;
    }

    public String getNodeRole() {
        return nodeRole;
    }

    public String getVmClass() {
        return vmClass;
    }

    public String getImage() {
        return image;
    }

    public String getStoragePolicy() {
        return storagePolicy;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getAntiAffinity() {
        return antiAffinity;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }

    public long getVersion() {
        return version;
    }

    public Limits demand() {
        return new Limits(cpuMhz, memoryMib, storageGib);
    }
}
