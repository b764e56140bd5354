package dev.supervisorportal.backend.reconcile;

import dev.supervisorportal.backend.inventory.HostState;
import dev.supervisorportal.backend.inventory.HostView;
import dev.supervisorportal.backend.inventory.Topology;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.workloads.WorkloadStatus;

import java.util.List;
import java.util.Map;

/**
 * The start page's figures, scoped to what the caller may see: admins see the whole Supervisor, DevOps engineers
 * their namespaces.
 *
 * @param namespaces        how many namespaces the caller sees
 * @param zones             per zone, in name order, the three figures the capacity charts draw (see {@link ZoneCapacity})
 * @param workloadsByStatus every status, zero included, in lifecycle order
 * @param myPendingRequests the caller's own namespace and quota requests that wait for a decision
 * @param recentEvents      the newest reconciler events, newest first
 * @param admin             the admins' extra figures; {@code null} for everyone else
 */
public record Dashboard(String supervisorName, Topology topology, long hosts, int namespaces,
                        List<ZoneCapacity> zones, Map<WorkloadStatus, Long> workloadsByStatus, long myPendingRequests,
                        SupervisorHealth health, List<ReconcileStatus.ZoneCycles> reconcilerCycles,
                        List<EventView> recentEvents, AdminFigures admin) {

    /**
     * One zone's capacity, what is reserved of it and what is used.
     * <ul>
     * <li>For admins: the capacity of the zone's READY hosts; the quota shares of every namespace in the zone
     * (reserved, may exceed capacity: quota is logical); the demand of the workloads placed on its hosts, the
     * Supervisor's own VMs included.</li>
     * <li>For DevOps engineers: their namespaces' quota shares in the zone; what admitted workloads reserved of
     * them; the demand of their workloads placed on hosts.</li>
     * </ul>
     */
    public record ZoneCapacity(String zone, Limits capacity, Limits reserved, Limits used) {
    }

    /**
     * @param hostsByState        every state, zero included
     * @param hostsNotReady       failed hosts and hosts in maintenance, by name, at most {@link DashboardService#HOSTS_LISTED}
     */
    public record AdminFigures(Map<HostState, Long> hostsByState, List<HostView> hostsNotReady,
                               long pendingNamespaceRequests, long pendingQuotaRequests) {
    }
}
