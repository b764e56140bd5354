package dev.supervisorportal.backend.reconcile.internal;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.PersistJobDataAfterExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;

/**
 * The Quartz job behind one zone's reconcile cycle, and the owner of when the zone's next cycle runs besides its
 * period: when the cycle says a placed workload's start is due, and after a failed cycle, with a backoff
 * ({@link RetryBackoff}: 1, 2, 4, … s, at most 60 s; a success resets it). While the backoff holds, the periodic
 * trigger skips its turn; a change to the zone (which asks for a cycle at once) still runs one. The failures in a row
 * and the end of the backoff are kept in the job's data, which Quartz stores after each run
 * ({@code @PersistJobDataAfterExecution}), so every portal node sharing the job store continues the same count.
 * Quartz's clustered job store and {@code @DisallowConcurrentExecution} keep two cycles of one zone from ever running
 * at once, across portal nodes.
 */
@DisallowConcurrentExecution
@PersistJobDataAfterExecution
public class ReconcileZoneJob implements Job {

    static final String ZONE = "zone";
    /** How many cycles in a row failed. */
    static final String FAILURES = "failures";
    /** Until when (epoch milliseconds) the periodic trigger skips its turns after a failure. */
    static final String RETRY_AT = "retryAt";
    private static final Logger log = LoggerFactory.getLogger(ReconcileZoneJob.class);

    private final ZoneReconciler reconciler;
    private final ReconcileTrigger trigger;
    private final RetryBackoff backoff;
    private final Clock clock;

    ReconcileZoneJob(ZoneReconciler reconciler, ReconcileTrigger trigger, RetryBackoff backoff, Clock clock) {
        this.reconciler = reconciler;
        this.trigger = trigger;
        this.backoff = backoff;
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context) {
        String zone = context.getMergedJobDataMap().getString(ZONE);
        JobDataMap state = context.getJobDetail().getJobDataMap();
        Instant started = clock.instant();
        if (ReconcileJobRegistrar.isPeriodic(context.getTrigger().getKey()) && state.containsKey(RETRY_AT)
                && started.isBefore(Instant.ofEpochMilli(state.getLong(RETRY_AT)))) {
            log.debug("Reconcile cycle of {} skipped: backing off after a failure", zone);
            return;
        }
        CycleResult result;
        try {
            result = reconciler.reconcile(zone);
        } catch (RuntimeException failure) {
            retryLater(zone, state, started, failure);
            return;
        }
        state.remove(FAILURES);
        state.remove(RETRY_AT);
        result.nextDue().ifPresent(at -> trigger.requestCycle(zone, at));
    }

    private void retryLater(String zone, JobDataMap state, Instant started, RuntimeException failure) {
        int failures = (state.containsKey(FAILURES) ? state.getInt(FAILURES) : 0) + 1;
        Instant retryAt = clock.instant().plus(backoff.delayAfter(failures));
        state.put(FAILURES, failures);
        state.put(RETRY_AT, retryAt.toEpochMilli());
        log.warn("Reconcile cycle of {} failed ({} in a row); the next one at {}", zone, failures, retryAt, failure);
        reconciler.recordFailure(zone, started, failure);
        trigger.requestCycle(zone, retryAt);
    }
}
