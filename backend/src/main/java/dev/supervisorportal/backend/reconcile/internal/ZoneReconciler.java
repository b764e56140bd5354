package dev.supervisorportal.backend.reconcile.internal;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.common.MsgColumn;
import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.volumes.VolumeProvisioning;
import dev.supervisorportal.backend.inventory.ZoneRef;
import dev.supervisorportal.backend.reconcile.ReconcileCycleCompleted;
import dev.supervisorportal.backend.reconcile.ReconcileRunView;
import dev.supervisorportal.backend.reconcile.ReconcileSettings;
import dev.supervisorportal.backend.workloads.ZoneWorkloads;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One reconcile cycle of one zone (README.md, "The reconciler"): read the zone's hosts and workloads with the zone
 * locked, let {@link CyclePlanner} decide, and write the decisions, their events and a run record in one
 * transaction, with the workloads' versions checked. A cycle that decides nothing writes nothing.
 */
@Component
public class ZoneReconciler {

    static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    private final InventoryService inventory;
    private final ZoneWorkloads workloads;
    private final ReconcileEventRepository events;
    private final ReconcileRunRepository runs;
    private final ReconcileSettings settings;
    private final CyclePlanner planner;
    private final LastCycles lastCycles;
    private final ReconcileMetrics metrics;
    private final ObjectProvider<CycleInterruption> interruption;
    private final RolloutDriver rollouts;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher published;
    private final Clock clock;
    private final VolumeProvisioning volumes;

    ZoneReconciler(InventoryService inventory, ZoneWorkloads workloads, ReconcileEventRepository events,
                   ReconcileRunRepository runs, ReconcileSettings settings, LastCycles lastCycles,
                   ReconcileMetrics metrics, ObjectProvider<CycleInterruption> interruption, RolloutDriver rollouts,
                   PlatformTransactionManager transactions, ApplicationEventPublisher published, Clock clock,
                   VolumeProvisioning volumes) {
        this.rollouts = rollouts;
        this.volumes = volumes;
        this.inventory = inventory;
        this.workloads = workloads;
        this.events = events;
        this.runs = runs;
        this.settings = settings;
        this.planner = new CyclePlanner(settings);
        this.lastCycles = lastCycles;
        this.metrics = metrics;
        this.interruption = interruption;
        this.transaction = new TransactionTemplate(transactions);
        this.published = published;
        this.clock = clock;
    }

    /**
     * Runs one cycle of the zone and returns what it did and when it wants the next one; a cycle that fails throws,
     * with nothing of it written. When the next cycle runs is {@link ReconcileZoneJob}'s to decide.
     */
    public CycleResult reconcile(String zone) {
        Instant started = Instant.now(clock);
        long startNanos = System.nanoTime();
        Cycle cycle = transaction.execute(status -> cycle(zone, started, startNanos));
        CyclePlan plan = cycle.plan();
        // The rolling TKG clusters take one step each after the cycle, each step in a transaction of its own.
        int rolled = inventory.facts().zone(zone).map(ref -> rollouts.drive(ref, started)).orElse(0);
        Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
        Msg detail = plan.isEmpty() ? idleDetail(plan) : plan.counts().describe();
        if (rolled > 0) {
            Msg steps = Msg.of("reconcile.run.rollout-steps", rolled);
            detail = plan.isEmpty() ? steps : Msg.of(ReconcileRunView.ALSO, detail, steps);
        }
        lastCycles.record(new ReconcileRunView(zone, started, took.toMillis(), "OK", detail, NODE));
        metrics.record(zone, took, plan);
        if (!plan.isEmpty() || cycle.volumesChanged() || rolled > 0) {
            // After the commit: whoever shows the zone (the portal's open views) reads what the cycle wrote.
            published.publishEvent(new ReconcileCycleCompleted(zone));
        }
        // A roll that moved asks for the next cycle at once: its next step waits for no spherelet.
        return new CycleResult(detail, rolled > 0 ? java.util.Optional.of(Instant.now(clock)) : plan.nextStart());
    }

    /** What a cycle did: the workloads' plan, and whether it bound a volume or changed why one waits. */
    private record Cycle(CyclePlan plan, boolean volumesChanged) {
    }

    private Cycle cycle(String zone, Instant started, long startNanos) {
        ZoneRef locked = inventory.lockZone(zone);
        List<ReconcileEvent> volumeEvents = volumes.provision(locked).stream()
                .map(event -> new ReconcileEvent(event, zone, started)).toList();
        events.saveAll(volumeEvents);
        CyclePlan plan = planner.plan(zone, inventory.hostsIn(zone), workloads.inZone(locked.id()), started);
        if (plan.isEmpty()) {
            return new Cycle(plan, !volumeEvents.isEmpty());
        }
        workloads.apply(plan.changes(), started);
        interruption.ifAvailable(hook -> hook.afterWorkloadsWritten(zone));
        events.saveAll(plan.events().stream().map(event -> new ReconcileEvent(event, zone, started)).toList());
        long millis = Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
        record(zone, started, new ReconcileRun(zone, started, millis, "OK", plan.counts().describe(), NODE));
        events.deleteOlderThan(zone, started.minus(settings.keepEvents()));
        return new Cycle(plan, !volumeEvents.isEmpty());
    }

    /** Records a cycle that failed (its transaction rolled back, nothing of it is kept). */
    public void recordFailure(String zone, Instant started, RuntimeException failure) {
        long millis = Duration.between(started, Instant.now(clock)).toMillis();
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        Msg detail = failure instanceof ObjectOptimisticLockingFailureException ? Msg.of("reconcile.run.conflict")
                : Msg.of(MsgColumn.AS_WRITTEN, message.length() > 500 ? message.substring(0, 500) : message);
        transaction.executeWithoutResult(status -> record(zone, started,
                new ReconcileRun(zone, started, millis, "FAILED", detail, NODE)));
        lastCycles.record(new ReconcileRunView(zone, started, millis, "FAILED", detail, NODE));
    }

    /** Saves a run and drops the zone's runs older than the history kept, failed cycles' runs included. */
    private void record(String zone, Instant started, ReconcileRun run) {
        runs.save(run);
        runs.deleteOlderThan(zone, started.minus(settings.interval().multipliedBy(settings.keepRuns())));
    }

    private static Msg idleDetail(CyclePlan plan) {
        int waiting = plan.counts().unplaceable() + plan.counts().evacuationBlocked();
        return waiting > 0 ? Msg.of("reconcile.run.idle-waiting", waiting) : Msg.of("reconcile.run.idle");
    }
}
