package dev.supervisorportal.backend.reconcile.internal;

import dev.supervisorportal.backend.inventory.ZoneChanged;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;

/**
 * Runs a zone's cycle soon rather than at its next period: right after a change commits, and when a placed
 * workload's spherelet is due to have started it. Each zone has at most one such pending trigger, kept at the
 * earliest time asked for; Quartz runs it after a cycle in progress, never beside it.
 */
@Component
@EnableAsync
public class ReconcileTrigger {

    private static final Logger log = LoggerFactory.getLogger(ReconcileTrigger.class);

    private final Scheduler scheduler;
    private final Clock clock;

    ReconcileTrigger(Scheduler scheduler, Clock clock) {
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /**
     * After the change's transaction commits, so the cycle sees it; on another thread, so that the request that made
     * the change neither waits for Quartz nor needs a second database connection while it still holds its first.
     */
    @Async
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ZoneChanged change) {
        schedule(change.zone(), Instant.now(clock));
    }

    /** Asks for a cycle of the zone at {@code at} (or earlier, when one is due earlier already). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void requestCycle(String zone, Instant at) {
        schedule(zone, at);
    }

    private void schedule(String zone, Instant at) {
        TriggerKey key = TriggerKey.triggerKey("reconcile-" + zone + "-soon", ReconcileJobRegistrar.GROUP);
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(key)
                .forJob(ReconcileJobRegistrar.jobKey(zone))
                .startAt(Date.from(at))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
        try {
            if (!scheduler.checkExists(ReconcileJobRegistrar.jobKey(zone))) {
                // Still starting: the zone's job, registered when the portal is ready, runs its first cycle at once.
                return;
            }
            Trigger pending = scheduler.getTrigger(key);
            if (pending == null) {
                scheduler.scheduleJob(trigger);
            } else if (pending.getNextFireTime() == null || pending.getNextFireTime().after(trigger.getStartTime())) {
                scheduler.rescheduleJob(key, trigger);
            }
        } catch (ObjectAlreadyExistsException raced) {
            log.debug("Another node asked for a cycle of {} at the same moment", zone);
        } catch (SchedulerException e) {
            // The periodic cycle converges anyway; this only makes it sooner.
            log.warn("Could not ask for an early cycle of {}: {}", zone, e.getMessage());
        }
    }
}
