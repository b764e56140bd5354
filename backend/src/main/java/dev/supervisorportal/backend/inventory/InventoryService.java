package dev.supervisorportal.backend.inventory;

import dev.supervisorportal.backend.audit.AuditLog;
import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.common.NotFoundException;
import dev.supervisorportal.backend.common.SystemOnly;
import dev.supervisorportal.backend.inventory.internal.Datastore;
import dev.supervisorportal.backend.inventory.internal.DatastoreRepository;
import dev.supervisorportal.backend.inventory.internal.Host;
import dev.supervisorportal.backend.inventory.internal.HostRepository;
import dev.supervisorportal.backend.inventory.internal.Supervisor;
import dev.supervisorportal.backend.inventory.internal.SupervisorRepository;
import dev.supervisorportal.backend.inventory.internal.Zone;
import dev.supervisorportal.backend.inventory.internal.ZoneRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.springframework.data.domain.PageRequest;

import java.util.Collection;
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
    private final DatastoreRepository datastores;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final List<HostWorkloads> hostWorkloads;

    InventoryService(SupervisorRepository supervisors, ZoneRepository zones, HostRepository hosts,
                     DatastoreRepository datastores, AuditLog audit, ApplicationEventPublisher events,
                     List<HostWorkloads> hostWorkloads) {
        this.hostWorkloads = hostWorkloads;
        this.datastores = datastores;
        this.supervisors = supervisors;
        this.zones = zones;
        this.hosts = hosts;
        this.audit = audit;
        this.events = events;
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
        return new SupervisorFacts(supervisor.getTopology(), supervisor.getMhzPerVcpu(), zoneRefs(),
                supervisor.getName());
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

    /** Creates the Supervisor and its zones, each with its vSAN datastore; only on a portal that has none yet. */
    @SystemOnly
    @Transactional
    public void setUp(SupervisorSettings settings) {
        if (isSetUp()) {
            throw new IllegalStateException("The Supervisor is set up already.");
        }
        supervisors.save(new Supervisor(settings.name(), settings.topology(), settings.mhzPerVcpu()));
        settings.topology().defaultZoneNames().forEach(name -> datastores.save(new Datastore("vsanDatastore-" + name,
                zones.save(new Zone(name)), DatastoreService.VSAN_DATASTORE_GIB)));
    }

    /** Adds an ESXi host, {@code READY}, to a zone: for seeding, without a signed-in user. */
    @SystemOnly
    @Transactional
    public HostView addHost(String zoneName, String hostName, long cpuMhz, long memoryMib, long storageGib) {
        Zone zone = zones.findByName(zoneName)
                .orElseThrow(() -> new IllegalArgumentException("No zone named " + zoneName + "."));
        HostView host = hosts.save(new Host(hostName, zone, HostState.READY, cpuMhz, memoryMib, storageGib)).toView();
        events.publishEvent(new ZoneChanged(zoneName));
        return host;
    }

    /** An admin adds an ESXi host to a zone; it is {@code READY} and takes workloads from the next cycle on. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public HostView addHost(AddHostCommand command) {
        List<FieldProblem> problems = HostRules.problems(command);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String name = command.name().strip();
        Zone zone = zones.findByName(command.zone().strip()).orElseThrow(() -> new InvalidInputException("zone",
                Msg.of("inventory.zone.unknown", command.zone().strip(),
                        zoneRefs().stream().map(ZoneRef::name).collect(Collectors.joining(", ")))));
        if (hosts.findByName(name).isPresent()) {
            throw new ConflictException("name", Msg.of("inventory.host.name-taken", name));
        }
        HostView host = hosts.save(new Host(name, zone, HostState.READY, command.cpuMhz(), command.memoryMib(),
                command.storageGib())).toView();
        audit.record("HOST_ADDED", "host", name, "READY", Msg.of("audit.host-added", zone.getName(),
                Msg.of("inventory.host.capacity", command.cpuMhz(), command.memoryMib(), command.storageGib())));
        events.publishEvent(new ZoneChanged(zone.getName()));
        return host;
    }

    /** Puts a READY host into maintenance: the reconciler moves its workloads to other READY hosts of its zone. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public HostView enterMaintenance(String hostName) {
        return change(hostName, HostState.MAINTENANCE, "HOST_MAINTENANCE_ENTERED", HostState.READY);
    }

    /** Takes a host out of maintenance; it is READY again. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public HostView exitMaintenance(String hostName) {
        return change(hostName, HostState.READY, "HOST_MAINTENANCE_EXITED", HostState.MAINTENANCE);
    }

    /** Simulates an ESXi outage: the host's workloads are restarted on other hosts of its zone (vSphere HA). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public HostView markFailed(String hostName) {
        return change(hostName, HostState.FAILED, "HOST_FAILED", HostState.READY, HostState.MAINTENANCE);
    }

    /** Brings a failed host back; it is READY and empty, and takes workloads again. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public HostView recover(String hostName) {
        return change(hostName, HostState.READY, "HOST_RECOVERED", HostState.FAILED);
    }

    /**
     * An admin removes a host from the inventory: only one in maintenance with nothing placed on it any more. The
     * zone's row is locked first, as a reconcile cycle locks it, so no cycle places anything on the host meanwhile.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void removeHost(String hostName) {
        String zone = hosts.zoneNameOf(hostName)
                .orElseThrow(() -> new NotFoundException(Msg.of("inventory.host.not-found", hostName)));
        lockZone(zone);
        Host host = hosts.findByName(hostName)
                .orElseThrow(() -> new NotFoundException(Msg.of("inventory.host.not-found", hostName)));
        if (host.getState() != HostState.MAINTENANCE) {
            throw new ConflictException("state", Msg.of("inventory.host.remove-not-in-maintenance", hostName,
                    host.getState()));
        }
        long placed = hostWorkloads.stream().mapToLong(workloads -> workloads.countOn(host.getId())).sum();
        if (placed > 0) {
            throw new ConflictException(null, Msg.of("inventory.host.remove-not-empty", hostName, placed));
        }
        HostView removed = host.toView();
        hosts.delete(host);
        hosts.flush();
        audit.record("HOST_REMOVED", "host", hostName, "REMOVED", Msg.of("audit.host-removed", zone,
                Msg.of("inventory.host.capacity", removed.cpuMhz(), removed.memoryMib(), removed.storageGib())));
        events.publishEvent(new ZoneChanged(zone));
    }

    /** Every host with its id, zone, state and capacity, by name. */
    public List<ZoneHost> hosts() {
        return hosts.findAll().stream().map(Host::toZoneHost).sorted(Comparator.comparing(ZoneHost::name)).toList();
    }

    /** How many hosts each zone has in each state, and their capacity: one aggregate query, for the dashboard. */
    public List<HostTotal> hostTotals() {
        return hosts.totalsByZoneAndState();
    }

    /** The hosts that are not READY (failed or in maintenance), by name; at most {@code limit} of them. */
    public List<HostView> hostsNotReady(int limit) {
        return hosts.findNotReady(PageRequest.of(0, limit)).stream().map(Host::toView).toList();
    }

    /** The names of these hosts, by id. */
    public Map<Long, String> hostNames(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : hosts.findAllById(ids).stream()
                .collect(Collectors.toMap(Host::getId, Host::getName));
    }

    /** The hosts of one zone, by name. */
    public List<ZoneHost> hostsIn(String zoneName) {
        return hosts.findByZoneNameOrderByNameAsc(zoneName).stream().map(Host::toZoneHost).toList();
    }

    /**
     * Locks the zone's row until the transaction ends, so that two reconcile cycles of one zone never overlap, even
     * when one is started outside Quartz (a benchmark, a test).
     */
    @SystemOnly
    @Transactional(propagation = Propagation.MANDATORY)
    public ZoneRef lockZone(String zoneName) {
        Zone zone = zones.findLockedByName(zoneName)
                .orElseThrow(() -> new NotFoundException(Msg.of("inventory.zone.not-found", zoneName)));
        return new ZoneRef(zone.getId(), zone.getName());
    }

    private HostView change(String hostName, HostState to, String action, HostState... from) {
        Host host = hosts.findByName(hostName)
                .orElseThrow(() -> new NotFoundException(Msg.of("inventory.host.not-found", hostName)));
        if (!List.of(from).contains(host.getState())) {
            throw new ConflictException("state", HostRules.refusal(hostName, host.getState(), to));
        }
        HostState before = host.getState();
        host.setState(to);
        audit.record(action, "host", hostName, to.name(), Msg.of("audit.host-state", host.getZone().getName(),
                before.name()));
        events.publishEvent(new ZoneChanged(host.getZone().getName()));
        return host.toView();
    }
}
