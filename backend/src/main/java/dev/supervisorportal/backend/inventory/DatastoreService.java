package dev.supervisorportal.backend.inventory;

import dev.supervisorportal.backend.audit.AuditLog;
import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.common.NotFoundException;
import dev.supervisorportal.backend.common.SystemOnly;
import dev.supervisorportal.backend.inventory.internal.Datastore;
import dev.supervisorportal.backend.inventory.internal.DatastoreRepository;
import dev.supervisorportal.backend.inventory.internal.Zone;
import dev.supervisorportal.backend.inventory.internal.ZoneRepository;
import dev.supervisorportal.backend.common.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The zones' datastores: what admins add, put into maintenance and remove, and what the volumes feature provisions
 * on. A datastore's provisioned size is the sum of the volumes bound to it; it never exceeds the capacity (a check
 * constraint backs that up).
 */
@Service
@Transactional(readOnly = true)
public class DatastoreService {

    /** The size a zone's vSAN datastore gets when the Supervisor is set up. */
    public static final long VSAN_DATASTORE_GIB = 10_240;

    private final DatastoreRepository datastores;
    private final ZoneRepository zones;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    DatastoreService(DatastoreRepository datastores, ZoneRepository zones, AuditLog audit,
                     ApplicationEventPublisher events) {
        this.datastores = datastores;
        this.zones = zones;
        this.audit = audit;
        this.events = events;
    }

    /** Every datastore, by name. */
    @PreAuthorize("isAuthenticated()")
    public List<DatastoreView> datastores() {
        return datastores.findAllByOrderByNameAsc().stream().map(Datastore::toView).toList();
    }

    /** The datastores of one zone, by name: what the reconciler provisions volumes on. */
    @SystemOnly
    public List<DatastoreView> datastoresIn(String zone) {
        return datastores.findByZoneNameOrderByNameAsc(zone).stream().map(Datastore::toView).toList();
    }

    /** The zone's datastores, their rows locked until the transaction ends: what a reconcile cycle provisions on. */
    @SystemOnly
    @Transactional(propagation = Propagation.MANDATORY)
    public List<DatastoreView> lockIn(String zone) {
        return datastores.findLockedByZoneName(zone).stream().map(Datastore::toView).toList();
    }

    /** Adds a READY datastore to a zone: for seeding, without a signed-in user. */
    @SystemOnly
    @Transactional
    public DatastoreView addDatastore(String zoneName, String name, long capacityGib) {
        Zone zone = zones.findByName(zoneName)
                .orElseThrow(() -> new IllegalArgumentException("No zone named " + zoneName + "."));
        return datastores.save(new Datastore(name, zone, capacityGib)).toView();
    }

    /** An admin adds a datastore to a zone; it is {@code READY} and takes volumes from the next cycle on. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public DatastoreView add(AddDatastoreCommand command) {
        List<FieldProblem> problems = HostRules.problems(command);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String name = command.name().strip();
        Zone zone = zones.findByName(command.zone().strip()).orElseThrow(() -> new InvalidInputException("zone",
                Msg.of("inventory.zone.unknown", command.zone().strip(), zones.findAll().stream().map(Zone::getName)
                        .sorted().collect(Collectors.joining(", ")))));
        if (datastores.findByName(name).isPresent()) {
            throw new ConflictException("name", Msg.of("inventory.datastore.name-taken", name));
        }
        DatastoreView datastore = datastores.save(new Datastore(name, zone, command.capacityGib())).toView();
        audit.record("DATASTORE_ADDED", "datastore", name, "READY",
                Msg.of("audit.datastore-added", zone.getName(), command.capacityGib()));
        events.publishEvent(new ZoneChanged(zone.getName()));
        return datastore;
    }

    /** A READY datastore takes no new volumes while in maintenance; the volumes on it stay. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public DatastoreView enterMaintenance(String name) {
        return change(name, DatastoreState.MAINTENANCE, "DATASTORE_MAINTENANCE_ENTERED");
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public DatastoreView exitMaintenance(String name) {
        return change(name, DatastoreState.READY, "DATASTORE_MAINTENANCE_EXITED");
    }

    /** Removes a datastore from the inventory: only one in maintenance that holds no volume. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void remove(String name) {
        Datastore datastore = find(name);
        datastore = datastores.findLockedById(datastore.toView().id()).orElseThrow();
        HostRules.removalRefusal(datastore.toView()).ifPresent(message -> {
            throw new ConflictException("state", message);
        });
        datastores.delete(datastore);
        audit.record("DATASTORE_REMOVED", "datastore", name, "REMOVED",
                Msg.of("audit.datastore-removed", datastore.getZone().getName()));
    }

    /**
     * Locks the datastore's row until the transaction ends and adds {@code gib} to what is provisioned on it (a bound
     * volume, a grown one, or a negative amount for a deleted one).
     *
     * @return the datastore as it is after the change
     */
    @SystemOnly
    @Transactional(propagation = Propagation.MANDATORY)
    public DatastoreView provision(long datastoreId, long gib) {
        Datastore datastore = datastores.findLockedById(datastoreId)
                .orElseThrow(() -> new IllegalArgumentException("No datastore with id " + datastoreId + "."));
        datastore.provision(gib);
        return datastore.toView();
    }

    /** Locks the datastore's row until the transaction ends and shows it as it is now. */
    @SystemOnly
    @Transactional(propagation = Propagation.MANDATORY)
    public DatastoreView lock(long datastoreId) {
        return datastores.findLockedById(datastoreId)
                .orElseThrow(() -> new IllegalArgumentException("No datastore with id " + datastoreId + "."))
                .toView();
    }

    private DatastoreView change(String name, DatastoreState to, String action) {
        Datastore datastore = find(name);
        if (datastore.getState() == to) {
            throw new ConflictException("state", Msg.of(to == DatastoreState.MAINTENANCE
                    ? "inventory.datastore.in-maintenance-already" : "inventory.datastore.ready-already", name));
        }
        datastore.setState(to);
        audit.record(action, "datastore", name, to.name(), Msg.of("audit.datastore-state", datastore.getZone().getName()));
        events.publishEvent(new ZoneChanged(datastore.getZone().getName()));
        return datastore.toView();
    }

    private Datastore find(String name) {
        return datastores.findByName(name)
                .orElseThrow(() -> new NotFoundException(Msg.of("inventory.datastore.not-found", name)));
    }
}
