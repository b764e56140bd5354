package dev.supervisorportal.backend.reconcile.internal;

import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.inventory.ZoneRef;
import dev.supervisorportal.backend.reconcile.ReconcileSettings;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Set;

/**
 * Registers one reconcile job per zone ({@code reconcile-zone-a}, …) once the Supervisor's zones exist, on every
 * node's start; idempotent, as several portal nodes share the job store.
 */
@Component
@EnableConfigurationProperties({ReconcileSettings.class, RetryBackoff.class})
class ReconcileJobRegistrar {

    static final String GROUP = "reconcile";
    private static final String PERIODIC = "-every";

    private final Scheduler scheduler;
    private final InventoryService inventory;
    private final ReconcileSettings settings;
    private final TransactionTemplate transaction;

    ReconcileJobRegistrar(Scheduler scheduler, InventoryService inventory, ReconcileSettings settings,
                          PlatformTransactionManager transactions) {
        this.scheduler = scheduler;
        this.inventory = inventory;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Registers the zones' jobs that are missing and reschedules a trigger whose interval changed, but leaves a
     * live trigger alone: replacing it while another node has acquired it let both nodes fire it, two cycles of one
     * zone at once (ClusteredReconcileJobsIT saw it). In a transaction, because Spring's job store holds Quartz's
     * cluster lock only for the caller's transaction; without one each statement commits alone.
     */
    @EventListener(ApplicationReadyEvent.class)
    void registerZoneJobs() {
        List<ZoneRef> zones = inventory.zoneRefs();
        transaction.executeWithoutResult(status -> zones.forEach(zone -> register(zone.name())));
    }

    private void register(String zone) {
        Trigger trigger = triggerFor(zone);
        try {
            Trigger existing = scheduler.getTrigger(trigger.getKey());
            if (existing == null) {
                scheduler.scheduleJob(jobFor(zone), Set.of(trigger), false);
            } else if (!(existing instanceof SimpleTrigger simple
                    && simple.getRepeatInterval() == settings.interval().toMillis())) {
                scheduler.rescheduleJob(trigger.getKey(), trigger);
            }
        } catch (ObjectAlreadyExistsException startedTogether) {
            // Another node registered it a moment ago.
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not register the reconcile job of " + zone, e);
        }
    }

    /** Whether the trigger is a zone's periodic one (rather than {@link ReconcileTrigger}'s "soon"). */
    static boolean isPeriodic(TriggerKey key) {
        return GROUP.equals(key.getGroup()) && key.getName().endsWith(PERIODIC);
    }

    static JobKey jobKey(String zone) {
        return JobKey.jobKey("reconcile-" + zone, GROUP);
    }

    private JobDetail jobFor(String zone) {
        return JobBuilder.newJob(ReconcileZoneJob.class)
                .withIdentity(jobKey(zone))
                .withDescription("Reconcile cycle of " + zone)
                .usingJobData(ReconcileZoneJob.ZONE, zone)
                .storeDurably()
                .build();
    }

    private Trigger triggerFor(String zone) {
        return TriggerBuilder.newTrigger()
                .withIdentity("reconcile-" + zone + PERIODIC, GROUP)
                .forJob(jobKey(zone))
                .startNow()
                // Cycles missed by more than the misfire threshold (5 s, in application.properties), such as during a
                // dead node's takeover, are skipped, not replayed in a burst: the next one converges anyway.
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(settings.interval().toMillis())
                        .repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }
}
