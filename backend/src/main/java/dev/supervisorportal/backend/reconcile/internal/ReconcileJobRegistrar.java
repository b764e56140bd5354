package dev.supervisorportal.backend.reconcile.internal;

import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.inventory.ZoneRef;
import dev.supervisorportal.backend.reconcile.ReconcileSettings;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * Registers one reconcile job per zone ({@code reconcile-zone-a}, …) once the Supervisor's zones exist.
 * Replacing on every start keeps it idempotent when several portal nodes share the job store.
 */
@Component
@EnableConfigurationProperties(ReconcileSettings.class)
class ReconcileJobRegistrar {

    static final String GROUP = "reconcile";

    private final Scheduler scheduler;
    private final InventoryService inventory;
    private final ReconcileSettings settings;

    ReconcileJobRegistrar(Scheduler scheduler, InventoryService inventory, ReconcileSettings settings) {
        this.scheduler = scheduler;
        this.inventory = inventory;
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void registerZoneJobs() throws SchedulerException {
        for (ZoneRef zone : inventory.zoneRefs()) {
            scheduler.scheduleJob(jobFor(zone.name()), Set.of(triggerFor(zone.name())), true);
        }
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
                .withIdentity("reconcile-" + zone + "-every", GROUP)
                .forJob(jobKey(zone))
                .startNow()
                // A node that was down does not replay the cycles it missed in a burst: the next one converges anyway.
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(settings.interval().toMillis())
                        .repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }
}
