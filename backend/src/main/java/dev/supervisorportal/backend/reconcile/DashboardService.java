package dev.supervisorportal.backend.reconcile;

import dev.supervisorportal.backend.inventory.HostState;
import dev.supervisorportal.backend.inventory.HostTotal;
import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.inventory.SupervisorFacts;
import dev.supervisorportal.backend.inventory.ZoneRef;
import dev.supervisorportal.backend.namespaces.NamespaceRef;
import dev.supervisorportal.backend.namespaces.NamespaceRequestService;
import dev.supervisorportal.backend.namespaces.NamespaceService;
import dev.supervisorportal.backend.namespaces.QuotaRequestService;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.quota.QuotaLedger;
import dev.supervisorportal.backend.quota.ZoneQuotaTotal;
import dev.supervisorportal.backend.users.UserAccounts;
import dev.supervisorportal.backend.users.UserRef;
import dev.supervisorportal.backend.workloads.WorkloadStatus;
import dev.supervisorportal.backend.workloads.WorkloadTotal;
import dev.supervisorportal.backend.workloads.ZoneWorkloads;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The start page in one call: a fixed number of aggregate queries (sums and counts grouped by zone and status), so
 * its cost does not grow with the number of hosts or workloads (issue 6: no N+1 on 1,000 hosts and 10,000 workloads).
 */
@PreAuthorize("isAuthenticated()")
@Service
@Transactional(readOnly = true)
public class DashboardService {

    /** The most recent events the dashboard shows. */
    public static final int EVENTS = 10;
    /** The most failed or maintenance hosts the dashboard lists; the Hosts page has them all. */
    public static final int HOSTS_LISTED = 20;

    private static final Set<WorkloadStatus> ON_HOSTS = Set.of(WorkloadStatus.PLACED, WorkloadStatus.RUNNING);

    private final UserAccounts users;
    private final InventoryService inventory;
    private final NamespaceService namespaces;
    private final NamespaceRequestService namespaceRequests;
    private final QuotaRequestService quotaRequests;
    private final QuotaLedger quotaLedger;
    private final ZoneWorkloads workloads;
    private final PlacementOverview placement;
    private final ReconcileStatus reconcileStatus;
    private final ReconcileEvents events;

    DashboardService(UserAccounts users, InventoryService inventory, NamespaceService namespaces,
                     NamespaceRequestService namespaceRequests, QuotaRequestService quotaRequests,
                     QuotaLedger quotaLedger, ZoneWorkloads workloads, PlacementOverview placement,
                     ReconcileStatus reconcileStatus, ReconcileEvents events) {
        this.users = users;
        this.inventory = inventory;
        this.namespaces = namespaces;
        this.namespaceRequests = namespaceRequests;
        this.quotaRequests = quotaRequests;
        this.quotaLedger = quotaLedger;
        this.workloads = workloads;
        this.placement = placement;
        this.reconcileStatus = reconcileStatus;
        this.events = events;
    }

    public Dashboard dashboard() {
        UserRef me = users.current();
        SupervisorFacts supervisor = inventory.facts();
        List<ZoneRef> zones = supervisor.zones();
        List<HostTotal> hostTotals = inventory.hostTotals();
        List<NamespaceRef> visible = namespaces.visibleRefs();
        // Admins see every namespace's figures and the Supervisor's own VMs: no filter at all.
        List<Long> scope = me.isAdmin() ? null : visible.stream().map(NamespaceRef::id).toList();
        List<ZoneQuotaTotal> quota = quotaLedger.totalsByZone(scope);
        List<WorkloadTotal> workloadTotals = workloads.totals(scope);

        List<Dashboard.ZoneCapacity> capacity = zones.stream()
                .map(zone -> me.isAdmin() ? adminCapacity(zone, hostTotals, quota, workloadTotals)
                        : devOpsCapacity(zone, quota, workloadTotals))
                .toList();
        Map<WorkloadStatus, Long> byStatus = new EnumMap<>(WorkloadStatus.class);
        for (WorkloadStatus status : WorkloadStatus.values()) {
            byStatus.put(status, workloadTotals.stream().filter(total -> total.status() == status)
                    .mapToLong(WorkloadTotal::workloads).sum());
        }
        List<EventView> recent = me.isAdmin() ? events.recent(EVENTS)
                : events.forNamespaces(visible.stream().map(NamespaceRef::name).toList(), EVENTS);
        return new Dashboard(supervisor.name(), supervisor.topology(),
                hostTotals.stream().mapToLong(HostTotal::hosts).sum(), visible.size(), capacity, byStatus,
                me.isAdmin() ? 0 : namespaceRequests.myPendingCount() + quotaRequests.myPendingCount(),
                placement.health(zones, hostTotals), reconcileStatus.cycles(zones), recent,
                me.isAdmin() ? adminFigures(hostTotals) : null);
    }

    private Dashboard.AdminFigures adminFigures(List<HostTotal> hostTotals) {
        Map<HostState, Long> byState = new EnumMap<>(HostState.class);
        for (HostState state : HostState.values()) {
            byState.put(state, hostTotals.stream().filter(total -> total.state() == state)
                    .mapToLong(HostTotal::hosts).sum());
        }
        return new Dashboard.AdminFigures(byState, inventory.hostsNotReady(HOSTS_LISTED),
                namespaceRequests.pendingCount(), quotaRequests.pendingCount());
    }

    private static Dashboard.ZoneCapacity adminCapacity(ZoneRef zone, List<HostTotal> hosts,
                                                        List<ZoneQuotaTotal> quota, List<WorkloadTotal> workloads) {
        Limits ready = hosts.stream().filter(total -> total.zone().equals(zone.name()))
                .filter(total -> total.state() == HostState.READY)
                .map(total -> new Limits(total.cpuMhz(), total.memoryMib(), total.storageGib()))
                .reduce(Limits.NONE, Limits::plus);
        Limits reserved = quota.stream().filter(total -> total.zoneId() == zone.id())
                .map(ZoneQuotaTotal::limit).reduce(Limits.NONE, Limits::plus);
        return new Dashboard.ZoneCapacity(zone.name(), ready, reserved, onHosts(zone, workloads));
    }

    private static Dashboard.ZoneCapacity devOpsCapacity(ZoneRef zone, List<ZoneQuotaTotal> quota,
                                                         List<WorkloadTotal> workloads) {
        List<ZoneQuotaTotal> inZone = quota.stream().filter(total -> total.zoneId() == zone.id()).toList();
        return new Dashboard.ZoneCapacity(zone.name(),
                inZone.stream().map(ZoneQuotaTotal::limit).reduce(Limits.NONE, Limits::plus),
                inZone.stream().map(ZoneQuotaTotal::used).reduce(Limits.NONE, Limits::plus),
                onHosts(zone, workloads));
    }

    private static Limits onHosts(ZoneRef zone, List<WorkloadTotal> workloads) {
        return workloads.stream().filter(total -> total.zoneId() == zone.id())
                .filter(total -> ON_HOSTS.contains(total.status()))
                .map(WorkloadTotal::demand).reduce(Limits.NONE, Limits::plus);
    }
}
