package dev.supervisorportal.backend.volumes;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.inventory.DatastoreState;
import dev.supervisorportal.backend.inventory.DatastoreView;
import dev.supervisorportal.scheduler.Plan;
import dev.supervisorportal.scheduler.Scheduler;
import dev.supervisorportal.scheduler.Snapshot;
import dev.supervisorportal.scheduler.model.Host;
import dev.supervisorportal.scheduler.model.HostState;
import dev.supervisorportal.scheduler.model.Resources;
import dev.supervisorportal.scheduler.model.Workload;
import dev.supervisorportal.scheduler.plugins.DatastoreRoom;
import dev.supervisorportal.scheduler.plugins.HostReady;
import dev.supervisorportal.scheduler.plugins.Reason;
import dev.supervisorportal.scheduler.plugins.Score;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which datastore of a zone each waiting claim is bound to: a pure function of the zone's datastores and its pending
 * claims, decided by scheduler-core with each datastore modelled as a host of storage only ({@link HostReady}: a
 * datastore in maintenance takes nothing new; {@link DatastoreRoom}: the claim's size fits what is left). The claims
 * go first come, first served (by id), each onto the datastore with the largest share free after it (spread). A claim
 * that fits nowhere keeps waiting, with every datastore's reason.
 */
public final class VolumePlanner {

    private static final Scheduler SCHEDULER = new Scheduler(List.of(new HostReady(), new DatastoreRoom()),
            new MostFreeAfter());

    private VolumePlanner() {
    }

    /** A claim waiting for a datastore. */
    public record Claim(long id, long storageGib) {
    }

    /** A claim bound to a datastore. */
    public record Binding(long claimId, long datastoreId, String datastore, long storageGib) {
    }

    /** The cycle's decisions: the bindings, in claim order, and why each other claim waits. */
    public record VolumePlan(List<Binding> bindings, Map<Long, Msg> waiting) {
    }

    public static VolumePlan plan(String zone, List<DatastoreView> datastores, List<Claim> pending) {
        if (pending.isEmpty()) {
            return new VolumePlan(List.of(), Map.of());
        }
        if (datastores.isEmpty()) {
            return new VolumePlan(List.of(), pending.stream()
                    .collect(Collectors.toMap(Claim::id, claim -> Msg.of("volumes.pvc.no-datastores", zone))));
        }
        Map<String, DatastoreView> byName = datastores.stream()
                .collect(Collectors.toMap(DatastoreView::name, Function.identity()));
        Map<String, Claim> byKey = pending.stream().collect(Collectors.toMap(VolumePlanner::key, Function.identity()));
        Plan plan = SCHEDULER.place(new Snapshot(datastores.stream().map(VolumePlanner::host).toList(),
                pending.stream().map(claim -> volume(key(claim), claim.storageGib())).toList()));
        List<Binding> bindings = new ArrayList<>();
        plan.placements().forEach(placement -> {
            Claim claim = byKey.get(placement.workload());
            DatastoreView datastore = byName.get(placement.host());
            bindings.add(new Binding(claim.id(), datastore.id(), datastore.name(), claim.storageGib()));
        });
        Map<Long, Msg> waiting = new TreeMap<>();
        plan.unplaced().forEach(unplaced -> waiting.put(byKey.get(unplaced.workload()).id(),
                noRoom(zone, unplaced.reasons())));
        return new VolumePlan(bindings, waiting);
    }

    /** Why no datastore of the zone takes {@code storageGib} more now; empty when one does. For a what-if. */
    public static java.util.Optional<Msg> noRoomFor(String zone, List<DatastoreView> datastores, long storageGib) {
        VolumePlan plan = plan(zone, datastores, List.of(new Claim(0, storageGib)));
        return java.util.Optional.ofNullable(plan.waiting().get(0L));
    }

    /** Why {@code datastore} cannot take {@code extraGib} more of a bound claim that grows; empty when it can. */
    public static java.util.Optional<Msg> noRoomToGrow(DatastoreView datastore, long extraGib) {
        return new DatastoreRoom().filter(volume("grow", extraGib), host(datastore)).isSuccess()
                ? java.util.Optional.empty()
                : java.util.Optional.of(Msg.of("volumes.pvc.datastore-full", datastore.name(),
                        datastore.freeGib(), extraGib));
    }

    private static Msg noRoom(String zone, Map<String, Reason> reasons) {
        List<Msg> parts = new TreeMap<>(reasons).entrySet().stream()
                .map(entry -> Msg.of("volumes.pvc.datastore-reason", entry.getKey(), msg(entry.getValue())))
                .toList();
        return Msg.of("volumes.pvc.no-datastore-room", zone, Msg.joined("volumes.list", parts));
    }

    private static Msg msg(Reason reason) {
        return new Msg(reason.key(), reason.args());
    }

    /** Zero-padded ids: scheduler-core orders a batch of equal demands by name, which then is the claims' order. */
    private static String key(Claim claim) {
        return String.format(Locale.ROOT, "%019d", claim.id());
    }

    private static Workload volume(String name, long storageGib) {
        return Workload.of(name, new Resources(0, 0, storageGib));
    }

    private static Host host(DatastoreView datastore) {
        return new Host(datastore.name(), datastore.zone(),
                datastore.state() == DatastoreState.READY ? HostState.READY : HostState.MAINTENANCE,
                new Resources(0, 0, datastore.capacityGib()), new Resources(0, 0, datastore.provisionedGib()));
    }

    /** The datastore with the largest share of its capacity free once the volume is on it. */
    private static final class MostFreeAfter implements Score {

        @Override
        public String name() {
            return "most-free-storage";
        }

        @Override
        public int score(Workload volume, Host datastore) {
            long capacity = datastore.capacity().storageGib();
            long free = capacity - datastore.used().storageGib() - volume.demand().storageGib();
            return capacity == 0 || free < 0 ? 0 : (int) (free * MAX_SCORE / capacity);
        }
    }
}
