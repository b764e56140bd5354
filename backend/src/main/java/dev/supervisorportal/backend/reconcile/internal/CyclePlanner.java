package dev.supervisorportal.backend.reconcile.internal;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.inventory.HostState;
import dev.supervisorportal.backend.inventory.ZoneHost;
import dev.supervisorportal.backend.reconcile.EventType;
import dev.supervisorportal.backend.reconcile.ReconcileSettings;
import dev.supervisorportal.backend.workloads.PowerState;
import dev.supervisorportal.backend.workloads.WorkloadChange;
import dev.supervisorportal.backend.workloads.WorkloadKind;
import dev.supervisorportal.backend.workloads.WorkloadStatus;
import dev.supervisorportal.backend.workloads.ZoneWorkload;
import dev.supervisorportal.scheduler.Move;
import dev.supervisorportal.scheduler.Placement;
import dev.supervisorportal.scheduler.Plan;
import dev.supervisorportal.scheduler.Rebalancer;
import dev.supervisorportal.scheduler.Scheduler;
import dev.supervisorportal.scheduler.Snapshot;
import dev.supervisorportal.scheduler.model.Host;
import dev.supervisorportal.scheduler.model.Workload;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One zone's cycle as a pure function of what is (hosts, workloads, the time): HA sends the workloads of failed
 * hosts back to pending, VMs are switched off, on or restarted as their users asked, spherelets start what was
 * placed long enough ago, scheduler-core places what waits and
 * what must leave hosts in maintenance, and DRS evens out CPU use with a bounded number of moves. Every decision is
 * scheduler-core's; this class only keeps track of where each workload is.
 */
final class CyclePlanner {

    private final ReconcileSettings settings;
    private final Scheduler scheduler = new Scheduler();
    private final Rebalancer rebalancer = new Rebalancer();

    CyclePlanner(ReconcileSettings settings) {
        this.settings = settings;
    }

    CyclePlan plan(String zone, List<ZoneHost> hosts, List<ZoneWorkload> workloads, Instant now) {
        return new Cycle(zone, hosts, workloads, now).run();
    }

    /** The working state of one cycle: each workload's status, host, reason as the steps change them. */
    private final class Cycle {

        private final String zone;
        private final Instant now;
        private final Map<Long, ZoneHost> hostsById = new LinkedHashMap<>();
        private final Map<String, ZoneHost> hostsByName = new HashMap<>();
        private final Map<Long, Working> working = new LinkedHashMap<>();
        private final List<PlannedEvent> events = new ArrayList<>();
        private int placed;
        private int started;
        private int restarted;
        private int migrated;
        private int balanced;
        private int unplaceable;
        private int evacuationBlocked;
        private Instant nextStart;

        Cycle(String zone, List<ZoneHost> hosts, List<ZoneWorkload> workloads, Instant now) {
            this.zone = zone;
            this.now = now;
            hosts.forEach(host -> {
                hostsById.put(host.id(), host);
                hostsByName.put(host.name(), host);
            });
            workloads.forEach(workload -> working.put(workload.id(), new Working(workload)));
        }

        CyclePlan run() {
            restartFromFailedHosts();
            powerAndRestart();
            startPlaced();
            List<Working> unplaced = placeAndEvacuate();
            balance();
            explain(unplaced);
            List<WorkloadChange> changes = working.values().stream().filter(Working::changed)
                    .map(Working::toChange).toList();
            Map<WorkloadStatus, Long> byStatus = working.values().stream()
                    .collect(Collectors.groupingBy(w -> w.status, () -> new EnumMap<>(WorkloadStatus.class),
                            Collectors.counting()));
            return new CyclePlan(changes, events, new CyclePlan.Counts(placed, started, restarted, migrated,
                    balanced, unplaceable, evacuationBlocked), byStatus, Optional.ofNullable(nextStart));
        }

        /** vSphere HA: what ran on a failed (or removed) host waits for a new host of the same zone. */
        private void restartFromFailedHosts() {
            for (Working w : working.values()) {
                if (w.hostId == null) {
                    continue;
                }
                ZoneHost host = hostsById.get(w.hostId);
                if (host == null || host.state() == HostState.FAILED) {
                    Object failed = host == null ? Msg.of("reconcile.its-host") : host.name();
                    w.restarting = true;
                    w.restartedFrom = host == null ? null : host.name();
                    w.moveTo(WorkloadStatus.PENDING, null, Msg.of("reconcile.restarting", failed, zone), null);
                    events.add(new PlannedEvent(w.original, EventType.RESTARTING, w.restartedFrom, null,
                            Msg.of("reconcile.event.restarting", failed, w.original.label(), zone)));
                    restarted++;
                }
            }
        }

        /**
         * What users asked of their VMs' power: a VM to be off leaves its host (its quota stays reserved), one to be on
         * waits for the batch below to place it, and one to be restarted (also after a resize) goes back onto its host
         * when that host has room for it as it is now, else waits for the batch with the reason its host gave.
         */
        private void powerAndRestart() {
            for (Working w : working.values()) {
                PowerState asked = w.original.powerState();
                if (asked == PowerState.OFF && w.status != WorkloadStatus.POWERED_OFF) {
                    powerOff(w);
                } else if (asked == PowerState.ON && w.status == WorkloadStatus.POWERED_OFF) {
                    powerOn(w);
                } else if (w.original.restartRequested()) {
                    restart(w);
                }
            }
        }

        private void powerOff(Working w) {
            String from = w.hostId == null ? null : hostsById.get(w.hostId).name();
            w.moveTo(WorkloadStatus.POWERED_OFF, null, Msg.of("reconcile.powered-off"), null);
            w.restartDone = w.original.restartRequested();
            events.add(new PlannedEvent(w.original, EventType.POWERED_OFF, from, null, from == null
                    ? Msg.of("reconcile.event.powered-off", w.original.label())
                    : Msg.of("reconcile.event.powered-off-from", w.original.label(), from)));
        }

        private void powerOn(Working w) {
            w.moveTo(WorkloadStatus.PENDING, null, Msg.of("reconcile.powering-on"), null);
            w.restartDone = w.original.restartRequested();
            events.add(new PlannedEvent(w.original, EventType.POWERED_ON, null, null,
                    Msg.of("reconcile.event.powered-on", w.original.label())));
        }

        private void restart(Working w) {
            w.restartDone = true;
            if (w.hostId == null || w.status == WorkloadStatus.POWERED_OFF) {
                return; // it waits for a host anyway, and will start at its new size
            }
            ZoneHost host = hostsById.get(w.hostId);
            w.moveTo(WorkloadStatus.PENDING, null, null, null);
            List<Host> hosts = snapshotHosts().stream().filter(h -> h.name().equals(host.name())).toList();
            Map<String, Msg> refusals = new LinkedHashMap<>();
            scheduler.evaluate(hosts, w.toSchedulable(), settings.policy().score()).filtered()
                    .forEach(rejection -> refusals.put(rejection.host(), SchedulerModel.msg(rejection.reason())));
            if (refusals.isEmpty()) {
                w.moveTo(WorkloadStatus.PLACED, host.id(), null, now);
                noteStart(now.plus(startDelay(w.original.kind())));
                events.add(new PlannedEvent(w.original, EventType.RESTARTED, host.name(), host.name(),
                        Msg.of("reconcile.event.restarted-in-place", w.original.label(), host.name())));
            } else {
                Msg reason = Msg.of("reconcile.restart-elsewhere", host.name(), refusals.get(host.name()));
                w.moveTo(WorkloadStatus.PENDING, null, reason, null);
                events.add(new PlannedEvent(w.original, EventType.RESTARTED, host.name(), null,
                        Msg.of("reconcile.event.restarted-elsewhere", w.original.label(), reason)));
            }
        }

        /** A host's spherelet starts what was placed on it once the start delay has passed. */
        private void startPlaced() {
            for (Working w : working.values()) {
                if (w.status != WorkloadStatus.PLACED || w.hostId == null) {
                    continue;
                }
                Instant ready = w.placedAt == null ? now : w.placedAt.plus(startDelay(w.original.kind()));
                if (!ready.isAfter(now)) {
                    w.moveTo(WorkloadStatus.RUNNING, w.hostId, null, w.placedAt);
                    String host = hostsById.get(w.hostId).name();
                    events.add(new PlannedEvent(w.original, EventType.STARTED, null, host,
                            Msg.of("reconcile.event.started", w.original.label(), host)));
                    started++;
                } else {
                    noteStart(ready);
                }
            }
        }

        /**
         * DRS: one scheduler-core batch for what waits and what must leave hosts in maintenance. Returns what could
         * not be placed or moved.
         */
        private List<Working> placeAndEvacuate() {
            List<Working> batch = working.values().stream()
                    .filter(w -> w.status == WorkloadStatus.PENDING || onHostInMaintenance(w)).toList();
            if (batch.isEmpty()) {
                return List.of();
            }
            Plan plan = scheduler.place(new Snapshot(snapshotHosts(), batch.stream().map(Working::toSchedulable)
                    .toList()), settings.policy());
            for (Placement placement : plan.placements()) {
                Working w = working.get(Long.valueOf(placement.workload()));
                ZoneHost to = hostsByName.get(placement.host());
                if (w.status == WorkloadStatus.PENDING) {
                    place(w, to);
                } else {
                    evacuate(w, to);
                }
            }
            return plan.unplaced().stream().map(refusal -> working.get(Long.valueOf(refusal.workload()))).toList();
        }

        /**
         * Each host's reason for what could not be placed or moved, asked of the hosts as the cycle leaves them (not
         * as they were at the workload's turn in the batch), so the next cycle finds the same reason and writes nothing.
         */
        private void explain(List<Working> unplaced) {
            if (unplaced.isEmpty()) {
                return;
            }
            List<Host> hosts = snapshotHosts();
            for (Working w : unplaced) {
                Map<String, Msg> reasons = new LinkedHashMap<>();
                scheduler.evaluate(hosts, w.toSchedulable(), settings.policy().score()).filtered()
                        .forEach(rejection -> reasons.put(rejection.host(), SchedulerModel.msg(rejection.reason())));
                if (w.status == WorkloadStatus.PENDING) {
                    cannotPlace(w, reasons);
                } else {
                    cannotEvacuate(w, reasons);
                }
            }
        }

        private void place(Working w, ZoneHost to) {
            w.moveTo(WorkloadStatus.PLACED, to.id(), null, now);
            Msg message = Msg.of(!w.restarting && !wasRestarting(w) ? "reconcile.event.placed"
                    : "reconcile.event.restarted", w.original.label(), to.name());
            events.add(new PlannedEvent(w.original, EventType.PLACED, w.restartedFrom, to.name(), message));
            noteStart(now.plus(startDelay(w.original.kind())));
            placed++;
        }

        private void evacuate(Working w, ZoneHost to) {
            String from = hostsById.get(w.hostId).name();
            w.moveTo(w.status, to.id(), null, w.status == WorkloadStatus.PLACED ? now : w.placedAt);
            events.add(new PlannedEvent(w.original, EventType.MIGRATED, from, to.name(),
                    Msg.of("reconcile.event.migrated", w.original.label(), from, to.name())));
            migrated++;
        }

        private void cannotPlace(Working w, Map<String, Msg> refusals) {
            Msg reason = noHostReason(refusals);
            unplaceable++;
            if (!reason.equals(w.original.statusReason())) {
                events.add(new PlannedEvent(w.original, EventType.UNPLACEABLE, null, null,
                        Msg.of("reconcile.event.unplaceable", w.original.label(), reason)));
            }
            w.moveTo(WorkloadStatus.PENDING, null, reason, null);
        }

        private void cannotEvacuate(Working w, Map<String, Msg> refusals) {
            String from = hostsById.get(w.hostId).name();
            Msg reason = Msg.of("reconcile.cannot-evacuate", from, noHostReason(refusals));
            evacuationBlocked++;
            if (!reason.equals(w.original.statusReason())) {
                events.add(new PlannedEvent(w.original, EventType.EVACUATION_BLOCKED, from, null,
                        Msg.of("reconcile.event.evacuation-blocked", w.original.label(), reason)));
            }
            w.moveTo(w.status, w.hostId, reason, w.placedAt);
        }

        /** DRS load balancing: a bounded number of moves of running workloads, each narrowing the CPU spread. */
        private void balance() {
            Map<String, List<Workload>> movable = new HashMap<>();
            for (Working w : working.values()) {
                if (w.status == WorkloadStatus.RUNNING && w.hostId != null && w.statusReason == null) {
                    movable.computeIfAbsent(hostsById.get(w.hostId).name(), k -> new ArrayList<>())
                            .add(w.toSchedulable());
                }
            }
            List<Move> moves = rebalancer.plan(snapshotHosts(), movable, settings.balanceThreshold(),
                    settings.maxMovesPerCycle());
            for (Move move : moves) {
                Working w = working.get(Long.valueOf(move.workload()));
                w.moveTo(w.status, hostsByName.get(move.to()).id(), null, w.placedAt);
                events.add(new PlannedEvent(w.original, EventType.BALANCED, move.from(), move.to(),
                        Msg.of("reconcile.event.balanced", w.original.label(), move.from(), move.to(), zone,
                                Math.round(move.spreadBefore()), Math.round(move.spreadAfter()))));
                balanced++;
            }
        }

        /** The zone's hosts as scheduler-core sees them, with what the workloads on them use right now. */
        private List<Host> snapshotHosts() {
            Map<Long, List<ZoneWorkload>> onHost = new HashMap<>();
            for (Working w : working.values()) {
                if (w.hostId != null) {
                    onHost.computeIfAbsent(w.hostId, k -> new ArrayList<>()).add(w.original);
                }
            }
            return SchedulerModel.hosts(zone, hostsById.values(), onHost);
        }

        private boolean onHostInMaintenance(Working w) {
            return w.hostId != null && hostsById.get(w.hostId).state() == HostState.MAINTENANCE;
        }

        private Msg noHostReason(Map<String, Msg> refusals) {
            if (refusals.isEmpty()) {
                return Msg.of("reconcile.no-hosts", zone);
            }
            if (hostsById.values().stream().allMatch(host -> host.state() == HostState.FAILED)) {
                return Msg.of("reconcile.all-hosts-failed", zone);
            }
            return Msg.of("reconcile.no-host-can-take", zone, SchedulerModel.describe(refusals));
        }

        private Duration startDelay(WorkloadKind kind) {
            return kind == WorkloadKind.POD ? settings.podStartDelay() : settings.vmStartDelay();
        }

        private void noteStart(Instant when) {
            nextStart = nextStart == null || when.isBefore(nextStart) ? when : nextStart;
        }

        /** Whether HA sent it back to pending in an earlier cycle. */
        private boolean wasRestarting(Working w) {
            Msg reason = w.original.statusReason();
            return reason != null && reason.key().equals("reconcile.restarting");
        }
    }

    /** One workload during the cycle: where it started, where the steps have put it. */
    private static final class Working {

        final ZoneWorkload original;
        WorkloadStatus status;
        Long hostId;
        Msg statusReason;
        Instant placedAt;
        boolean restarting;
        String restartedFrom;
        boolean restartDone;

        Working(ZoneWorkload original) {
            this.original = original;
            this.status = original.status();
            this.hostId = original.hostId();
            this.statusReason = original.statusReason();
            this.placedAt = original.placedAt();
        }

        void moveTo(WorkloadStatus status, Long hostId, Msg statusReason, Instant placedAt) {
            this.status = status;
            this.hostId = hostId;
            this.statusReason = statusReason;
            this.placedAt = placedAt;
        }

        boolean changed() {
            return status != original.status() || !Objects.equals(hostId, original.hostId())
                    || !Objects.equals(statusReason, original.statusReason())
                    || !Objects.equals(placedAt, original.placedAt()) || restartDone;
        }

        WorkloadChange toChange() {
            return new WorkloadChange(original.id(), original.version(), status, hostId, statusReason, placedAt,
                    restartDone);
        }

        Workload toSchedulable() {
            return SchedulerModel.workload(String.valueOf(original.id()), original.demand(), original.antiAffinityKey());
        }
    }
}
