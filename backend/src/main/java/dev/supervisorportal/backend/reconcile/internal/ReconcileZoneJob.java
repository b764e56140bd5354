package dev.supervisorportal.backend.reconcile.internal;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;

/**
 * The Quartz job behind one zone's reconcile cycle. Quartz's clustered job store and
 * {@code @DisallowConcurrentExecution} keep two cycles of one zone from ever running at once, across portal nodes.
 */
@DisallowConcurrentExecution
public class ReconcileZoneJob implements Job {

    static final String ZONE = "zone";
    private static final Logger log = LoggerFactory.getLogger(ReconcileZoneJob.class);

    private final ZoneReconciler reconciler;

    ReconcileZoneJob(ZoneReconciler reconciler) {
        this.reconciler = reconciler;
    }

    @Override
    public void execute(JobExecutionContext context) {
        String zone = context.getMergedJobDataMap().getString(ZONE);
        Instant started = Instant.now();
        try {
            reconciler.reconcile(zone);
        } catch (RuntimeException failure) {
            log.warn("Reconcile cycle of {} failed; the next cycle tries again", zone, failure);
            reconciler.recordFailure(zone, started, failure);
        }
    }
}
