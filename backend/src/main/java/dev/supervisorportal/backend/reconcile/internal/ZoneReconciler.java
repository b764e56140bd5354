package dev.supervisorportal.backend.reconcile.internal;

import dev.supervisorportal.backend.reconcile.ReconcileSettings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One reconcile cycle of one zone. Placement is not built yet, so a cycle has nothing to converge; it records
 * that it ran (start, duration, outcome), which the dashboard shows.
 */
@Component
public class ZoneReconciler {

    static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    private final ReconcileRunRepository runs;
    private final ReconcileSettings settings;
    private final Clock clock;

    ZoneReconciler(ReconcileRunRepository runs, ReconcileSettings settings, Clock clock) {
        this.runs = runs;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public void reconcile(String zone) {
        Instant started = Instant.now(clock);
        long startNanos = System.nanoTime();
        String detail = "Nothing to place: workload placement is not available yet.";
        long millis = Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
        runs.save(new ReconcileRun(zone, started, millis, "OK", detail, NODE));
        runs.deleteOlderThan(zone, started.minus(settings.interval().multipliedBy(settings.keepRuns())));
    }

    @Transactional
    public void recordFailure(String zone, Instant started, RuntimeException failure) {
        long millis = Duration.between(started, Instant.now(clock)).toMillis();
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        runs.save(new ReconcileRun(zone, started, millis, "FAILED",
                message.length() > 500 ? message.substring(0, 500) : message, NODE));
    }
}
