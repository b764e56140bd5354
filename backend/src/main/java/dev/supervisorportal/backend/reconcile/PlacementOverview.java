package dev.supervisorportal.backend.reconcile;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.inventory.HostState;
import dev.supervisorportal.backend.inventory.HostTotal;
import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.inventory.ZoneHost;
import dev.supervisorportal.backend.inventory.ZoneRef;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.workloads.WorkloadStatus;
import dev.supervisorportal.backend.workloads.ZoneWorkload;
import dev.supervisorportal.backend.workloads.ZoneWorkloads;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Where everything runs: hosts per zone with their use and workloads, and the Supervisor's control-plane health. */
@Service
@Transactional(readOnly = true)
public class PlacementOverview {

    private final InventoryService inventory;
    private final ZoneWorkloads workloads;

    PlacementOverview(InventoryService inventory, ZoneWorkloads workloads) {
        this.inventory = inventory;
        this.workloads = workloads;
    }

    /** Every zone in name order with its hosts in name order. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<ZoneOverview> zones() {
        Map<Long, List<ZoneWorkload>> byZone = workloads.all();
        Map<String, List<ZoneHost>> hostsByZone = inventory.hosts().stream()
                .collect(Collectors.groupingBy(ZoneHost::zone));
        List<ZoneOverview> zones = new ArrayList<>();
        for (ZoneRef zone : inventory.zoneRefs()) {
            List<ZoneWorkload> inZone = byZone.getOrDefault(zone.id(), List.of());
            Map<Long, List<ZoneWorkload>> byHost = inZone.stream().filter(w -> w.hostId() != null)
                    .collect(Collectors.groupingBy(ZoneWorkload::hostId));
            List<ZoneHost> hosts = hostsByZone.getOrDefault(zone.name(), List.of());
            zones.add(new ZoneOverview(zone.name(),
                    hosts.stream().map(host -> usage(host, byHost.getOrDefault(host.id(), List.of()))).toList(),
                    isDown(hosts),
                    inZone.stream().filter(w -> w.status() == WorkloadStatus.PENDING).map(PlacementOverview::hosted)
                            .toList()));
        }
        return zones;
    }

    /** Whether the control plane keeps quorum; which zones are down and what that means. */
    @PreAuthorize("isAuthenticated()")
    public SupervisorHealth health() {
        return health(inventory.zoneRefs(), inventory.hostTotals());
    }

    /** The health from zones and host totals already read: three small queries, whatever the number of workloads. */
    SupervisorHealth health(List<ZoneRef> zones, List<HostTotal> hostTotals) {
        Map<Long, String> zoneNames = zones.stream().collect(Collectors.toMap(ZoneRef::id, ZoneRef::name));
        Map<Long, List<ZoneWorkload>> byZone = workloads.supervisorVms();
        Map<Long, String> hostNames = inventory.hostNames(byZone.values().stream().flatMap(List::stream)
                .map(ZoneWorkload::hostId).filter(java.util.Objects::nonNull).toList());
        List<SupervisorHealth.ControlPlaneVm> vms = new ArrayList<>();
        byZone.forEach((zoneId, inZone) -> inZone.forEach(vm -> vms.add(new SupervisorHealth.ControlPlaneVm(
                vm.name(), zoneNames.get(zoneId), vm.hostId() == null ? null : hostNames.get(vm.hostId()),
                vm.status().name(), vm.statusReason()))));
        vms.sort(Comparator.comparing(SupervisorHealth.ControlPlaneVm::name));
        int running = (int) vms.stream().filter(vm -> vm.status().equals(WorkloadStatus.RUNNING.name())).count();
        boolean quorum = running * 2 > vms.size();
        Map<String, List<HostTotal>> totalsByZone = hostTotals.stream()
                .collect(Collectors.groupingBy(HostTotal::zone));
        List<Msg> zonesDown = zones.stream().map(ZoneRef::name)
                .filter(zone -> isDown(totalsByZone.getOrDefault(zone, List.of())))
                .map(zone -> Msg.of("reconcile.health.zone-down", zone))
                .toList();
        return new SupervisorHealth(vms, running, quorum, summary(running, vms.size()), zonesDown);
    }

    static Msg summary(int running, int total) {
        if (total == 0) {
            return Msg.of("reconcile.health.not-created");
        }
        if (running == total) {
            return Msg.of("reconcile.health.healthy", running, total);
        }
        if (running * 2 > total) {
            return Msg.of("reconcile.health.quorum", running, total);
        }
        return Msg.of("reconcile.health.lost-quorum", running, total);
    }

    /** A zone is down when it has hosts and every one of them has failed. */
    private static boolean isDown(Collection<HostTotal> totals) {
        return totals.stream().mapToLong(HostTotal::hosts).sum() > 0
                && totals.stream().allMatch(total -> total.state() == HostState.FAILED);
    }

    private static boolean isDown(List<ZoneHost> hosts) {
        return !hosts.isEmpty() && hosts.stream().allMatch(host -> host.state() == HostState.FAILED);
    }

    private static HostUsage usage(ZoneHost host, List<ZoneWorkload> onHost) {
        Limits used = onHost.stream().map(ZoneWorkload::demand).reduce(Limits.NONE, Limits::plus);
        List<ZoneWorkload> stuck = onHost.stream().filter(w -> w.statusReason() != null).toList();
        Msg note = host.state() != HostState.MAINTENANCE ? null
                : onHost.isEmpty() ? Msg.of("reconcile.host-note.in-maintenance")
                : stuck.isEmpty() ? Msg.of("reconcile.host-note.moving", onHost.size())
                : Msg.of("reconcile.host-note.cannot-move", stuck.size(), onHost.size(),
                stuck.getFirst().statusReason());
        return new HostUsage(host.name(), host.zone(), host.state(),
                new Limits(host.cpuMhz(), host.memoryMib(), host.storageGib()), used,
                onHost.stream().map(PlacementOverview::hosted).toList(), note);
    }

    private static HostUsage.HostedWorkload hosted(ZoneWorkload w) {
        return new HostUsage.HostedWorkload(w.kind().slug(), w.namespace(),
                w.name(), w.status().name(), w.statusReason());
    }
}
