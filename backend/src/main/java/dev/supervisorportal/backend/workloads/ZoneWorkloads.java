package dev.supervisorportal.backend.workloads;

import dev.supervisorportal.backend.common.SystemOnly;
import dev.supervisorportal.backend.namespaces.NamespaceService;
import dev.supervisorportal.backend.workloads.internal.TkgClusterRepository;
import dev.supervisorportal.backend.workloads.internal.Workload;
import dev.supervisorportal.backend.workloads.internal.WorkloadRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The workloads' side of the reconciler: what runs (or should run) in a zone, and writing back what a cycle
 * decided. Called inside the cycle's transaction; the cycle has no signed-in user.
 */
@SystemOnly
@Service
public class ZoneWorkloads {

    private static final List<WorkloadStatus> ACTIVE =
            List.of(WorkloadStatus.PENDING, WorkloadStatus.PLACED, WorkloadStatus.RUNNING);
    /** What a cycle reads: the active workloads and the powered-off VMs (one may be asked to power on). */
    private static final List<WorkloadStatus> IN_CYCLE = List.of(WorkloadStatus.PENDING, WorkloadStatus.PLACED,
            WorkloadStatus.RUNNING, WorkloadStatus.POWERED_OFF);

    private final WorkloadRepository workloads;
    private final TkgClusterRepository clusters;
    private final NamespaceService namespaces;

    ZoneWorkloads(WorkloadRepository workloads, TkgClusterRepository clusters, NamespaceService namespaces) {
        this.workloads = workloads;
        this.clusters = clusters;
        this.namespaces = namespaces;
    }

    /** The zone's workloads that wait, are placed, run or are powered off, by id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ZoneWorkload> inZone(long zoneId) {
        Map<Long, String> names = namespaces.namesById();
        return workloads.findByZoneIdAndStatusInOrderById(zoneId, IN_CYCLE).stream()
                .map(workload -> toZoneWorkload(workload, names)).toList();
    }

    /** Every workload that waits, is placed or runs, in any zone, for the placement views: zone id to workloads. */
    @Transactional(readOnly = true)
    public Map<Long, List<ZoneWorkload>> all() {
        Map<Long, String> names = namespaces.namesById();
        return workloads.findByStatusInOrderByName(ACTIVE).stream().collect(Collectors.groupingBy(
                Workload::getZoneId, Collectors.mapping(workload -> toZoneWorkload(workload, names),
                        Collectors.toList())));
    }

    /** The Supervisor's own control-plane VMs that wait, are placed or run: zone id to VMs, by name. */
    @Transactional(readOnly = true)
    public Map<Long, List<ZoneWorkload>> supervisorVms() {
        return workloads.findByKindOrderByName(WorkloadKind.SUPERVISOR_VM).stream()
                .filter(vm -> ACTIVE.contains(vm.getStatus()))
                .collect(Collectors.groupingBy(Workload::getZoneId,
                        Collectors.mapping(vm -> toZoneWorkload(vm, Map.of()), Collectors.toList())));
    }

    /**
     * How many workloads each zone has in each status, and their demand: of every namespace (and the Supervisor's own
     * VMs) when {@code namespaceIds} is {@code null}, else of those namespaces. One aggregate query.
     */
    @Transactional(readOnly = true)
    public List<WorkloadTotal> totals(Collection<Long> namespaceIds) {
        if (namespaceIds == null) {
            return workloads.totalsByZoneAndStatus();
        }
        return namespaceIds.isEmpty() ? List.of() : workloads.totalsByZoneAndStatus(namespaceIds);
    }

    /**
     * Writes a cycle's decisions; each workload must still be at the version the cycle read, and the write is
     * checked again against the database's version when it is flushed. A TKG cluster whose nodes all run for the
     * first time is marked ready.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void apply(List<WorkloadChange> changes, Instant now) {
        TreeSet<Long> startedClusters = new TreeSet<>();
        for (WorkloadChange change : changes) {
            Workload workload = workloads.findById(change.id())
                    .filter(found -> found.getVersion() == change.version())
                    .orElseThrow(() -> new ObjectOptimisticLockingFailureException(Workload.class, change.id()));
            if (change.status() == WorkloadStatus.RUNNING && workload.getStatus() != WorkloadStatus.RUNNING
                    && workload.getClusterId() != null) {
                startedClusters.add(workload.getClusterId());
            }
            workload.place(change.status(), change.hostId(), change.statusReason(), change.placedAt());
            if (change.restartDone()) {
                workload.restartDone();
            }
        }
        // Locked in id order: a cluster spans zones, and the cycle that starts its last node must see the others'.
        for (Long clusterId : startedClusters) {
            clusters.findLockedById(clusterId)
                    .filter(cluster -> cluster.getReadyAt() == null)
                    .filter(cluster -> !workloads.existsByClusterIdAndStatusNot(clusterId, WorkloadStatus.RUNNING))
                    .ifPresent(cluster -> cluster.markReady(now));
        }
    }

    /**
     * The anti-affinity key the reconciler uses for a workload's stored one. Cluster names are unique per namespace
     * only, so the namespace makes the key unique on the Supervisor.
     */
    static String antiAffinityKey(String namespace, String stored) {
        return stored == null ? null : namespace == null ? stored : namespace + "/" + stored;
    }

    private static ZoneWorkload toZoneWorkload(Workload workload, Map<Long, String> namespaceNames) {
        String namespace = workload.getNamespaceId() == null ? null : namespaceNames.get(workload.getNamespaceId());
        String antiAffinity = antiAffinityKey(namespace, workload.getAntiAffinity());
        return new ZoneWorkload(workload.getId(), workload.getVersion(), workload.getKind(), namespace,
                workload.getName(), workload.getStatus(), workload.getStatusReason(), workload.getHostId(),
                workload.demand(), antiAffinity, workload.getPlacedAt(), workload.getPowerState(),
                workload.isRestartRequested());
    }

    /**
     * A workload of the namespace to attach a volume to, its row locked until the transaction ends: a delete of it
     * running at the same time either went first (then it is not found) or waits for the attach.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public java.util.Optional<WorkloadRef> lockForAttach(long namespaceId, WorkloadKind kind, String name) {
        return workloads.findLocked(namespaceId, kind, name).map(ZoneWorkloads::ref);
    }

    /** The workloads with these ids, by id: what volumes are attached to. */
    @Transactional(readOnly = true)
    public Map<Long, WorkloadRef> refs(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : workloads.findAllById(ids).stream()
                .collect(Collectors.toMap(Workload::getId, ZoneWorkloads::ref));
    }

    private static WorkloadRef ref(Workload workload) {
        return new WorkloadRef(workload.getId(), workload.getKind(), workload.getName(), workload.getZoneId());
    }
}
