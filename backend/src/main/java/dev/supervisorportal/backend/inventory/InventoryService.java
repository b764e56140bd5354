package dev.supervisorportal.backend.inventory;

import dev.supervisorportal.backend.inventory.internal.Host;
import dev.supervisorportal.backend.inventory.internal.HostRepository;
import dev.supervisorportal.backend.inventory.internal.Supervisor;
import dev.supervisorportal.backend.inventory.internal.SupervisorRepository;
import dev.supervisorportal.backend.inventory.internal.Zone;
import dev.supervisorportal.backend.inventory.internal.ZoneRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The Supervisor, its zones and hosts: what every signed-in user may look at, and setting it up. */
@Service
@Transactional(readOnly = true)
public class InventoryService {

    private final SupervisorRepository supervisors;
    private final ZoneRepository zones;
    private final HostRepository hosts;

    InventoryService(SupervisorRepository supervisors, ZoneRepository zones, HostRepository hosts) {
        this.supervisors = supervisors;
        this.zones = zones;
        this.hosts = hosts;
    }

    @PreAuthorize("isAuthenticated()")
    public SupervisorView supervisor() {
        Supervisor supervisor = supervisors.findAll().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("The Supervisor has not been set up."));
        Map<String, List<HostView>> hostsByZone = hosts.findAll().stream()
                .map(Host::toView)
                .sorted(Comparator.comparing(HostView::name))
                .collect(Collectors.groupingBy(HostView::zone));
        List<SupervisorView.Zone> zoneViews = zoneRefs().stream()
                .map(zone -> new SupervisorView.Zone(zone.name(), hostsByZone.getOrDefault(zone.name(), List.of())))
                .toList();
        return new SupervisorView(supervisor.getName(), supervisor.getTopology(), supervisor.getMhzPerVcpu(), zoneViews);
    }

    /** What admission needs to know of the Supervisor: its topology, what a vCPU counts for, its zones. */
    public SupervisorFacts facts() {
        Supervisor supervisor = supervisors.findAll().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("The Supervisor has not been set up."));
        return new SupervisorFacts(supervisor.getTopology(), supervisor.getMhzPerVcpu(), zoneRefs());
    }

    /** The zones in name order: the order the quota split rule hands out remainders in. */
    public List<ZoneRef> zoneRefs() {
        return zones.findAll().stream()
                .map(zone -> new ZoneRef(zone.getId(), zone.getName()))
                .sorted(Comparator.comparing(ZoneRef::name))
                .toList();
    }

    public boolean isSetUp() {
        return supervisors.count() > 0;
    }

    /** Creates the Supervisor and its zones; only on a portal that has none yet. */
    @Transactional
    public void setUp(SupervisorSettings settings) {
        if (isSetUp()) {
            throw new IllegalStateException("The Supervisor is set up already.");
        }
        supervisors.save(new Supervisor(settings.name(), settings.topology(), settings.mhzPerVcpu()));
        settings.topology().defaultZoneNames().forEach(name -> zones.save(new Zone(name)));
    }

    /** Adds an ESXi host, {@code READY}, to a zone. */
    @Transactional
    public HostView addHost(String zoneName, String hostName, long cpuMhz, long memoryMib, long storageGib) {
        Zone zone = zones.findByName(zoneName)
                .orElseThrow(() -> new IllegalArgumentException("No zone named " + zoneName + "."));
        return hosts.save(new Host(hostName, zone, HostState.READY, cpuMhz, memoryMib, storageGib)).toView();
    }
}
