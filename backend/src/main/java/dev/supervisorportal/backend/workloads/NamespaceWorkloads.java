package dev.supervisorportal.backend.workloads;

import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.inventory.ZoneChanged;
import dev.supervisorportal.backend.inventory.ZoneRef;
import dev.supervisorportal.backend.namespaces.NamespaceContents;
import dev.supervisorportal.backend.namespaces.NamespaceDeleting;
import dev.supervisorportal.backend.namespaces.ObjectKind;
import dev.supervisorportal.backend.workloads.internal.TkgClusterRepository;
import dev.supervisorportal.backend.workloads.internal.Workload;
import dev.supervisorportal.backend.workloads.internal.WorkloadRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The workloads feature's part in a namespace's count limits and its deletion: how many VMs (a TKG cluster's node VMs
 * do not count), TKG clusters and vSphere Pods it holds, and removing them all when the namespace is deleted.
 */
@Component
class NamespaceWorkloads implements NamespaceContents {

    /** The kinds this feature keeps. */
    static final List<ObjectKind> KINDS = List.of(ObjectKind.VM, ObjectKind.TKG_CLUSTER, ObjectKind.POD);

    private final WorkloadRepository workloads;
    private final TkgClusterRepository clusters;
    private final InventoryService inventory;
    private final ApplicationEventPublisher events;

    NamespaceWorkloads(WorkloadRepository workloads, TkgClusterRepository clusters, InventoryService inventory,
                       ApplicationEventPublisher events) {
        this.workloads = workloads;
        this.clusters = clusters;
        this.inventory = inventory;
        this.events = events;
    }

    @Override
    public Map<ObjectKind, Long> count(long namespaceId) {
        Map<ObjectKind, Long> counts = new EnumMap<>(ObjectKind.class);
        for (ObjectKind kind : KINDS) {
            counts.put(kind, count(namespaceId, kind));
        }
        return counts;
    }

    /** How many objects of one of {@link #KINDS} the namespace holds. */
    long count(long namespaceId, ObjectKind kind) {
        return switch (kind) {
            case VM -> workloads.countByNamespaceIdAndKind(namespaceId, WorkloadKind.VM);
            case TKG_CLUSTER -> clusters.countByNamespaceId(namespaceId);
            case POD -> workloads.countByNamespaceIdAndKind(namespaceId, WorkloadKind.POD);
            case PVC -> throw new IllegalArgumentException("Volumes count their own PVCs.");
        };
    }

    @Override
    public void lockForDeletion(long namespaceId) {
        workloads.findLockedByNamespaceId(namespaceId);
    }

    /**
     * Deletes the namespace's VMs, TKG clusters with their nodes, and pods, in the deleting transaction. Their quota
     * goes with the namespace's ledger; their zones' next cycles see the hosts' room.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void delete(NamespaceDeleting deleting) {
        Map<Long, String> zoneNames = inventory.zoneRefs().stream()
                .collect(Collectors.toMap(ZoneRef::id, ZoneRef::name));
        var zones = workloads.findLockedByNamespaceId(deleting.id()).stream().map(Workload::getZoneId)
                .distinct().map(zoneNames::get).toList();
        workloads.deleteByNamespaceId(deleting.id());
        clusters.deleteByNamespaceId(deleting.id());
        zones.forEach(zone -> events.publishEvent(new ZoneChanged(zone)));
    }
}
