package dev.supervisorportal.backend.reconcile.internal;

import dev.supervisorportal.backend.workloads.WorkloadStatus;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The reconciler's Micrometer metrics (exported for Prometheus at {@code /actuator/prometheus}):
 * {@code reconcile.cycle.duration}, {@code reconcile.placements}, {@code reconcile.starts}, {@code reconcile.restarts},
 * {@code reconcile.migrations} (reason maintenance or balance), and the gauges {@code reconcile.workloads} (by status)
 * and {@code reconcile.unplaceable}, each per zone, as the zone's last cycle on this node saw them.
 */
@Component
class ReconcileMetrics {

    private final MeterRegistry registry;
    private final Map<String, AtomicLong> gauges = new ConcurrentHashMap<>();

    ReconcileMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(String zone, Duration took, CyclePlan plan) {
        Timer.builder("reconcile.cycle.duration").description("How long one zone's reconcile cycle took")
                .tag("zone", zone).register(registry).record(took);
        CyclePlan.Counts counts = plan.counts();
        count("reconcile.placements", zone, counts.placed(), Tags.empty());
        count("reconcile.starts", zone, counts.started(), Tags.empty());
        count("reconcile.restarts", zone, counts.restarted(), Tags.empty());
        count("reconcile.migrations", zone, counts.migrated(), Tags.of("reason", "maintenance"));
        count("reconcile.migrations", zone, counts.balanced(), Tags.of("reason", "balance"));
        gauge("reconcile.unplaceable", Tags.of("zone", zone)).set(counts.unplaceable());
        for (WorkloadStatus status : WorkloadStatus.values()) {
            gauge("reconcile.workloads", Tags.of("zone", zone, "status", status.name()))
                    .set(plan.byStatus().getOrDefault(status, 0L));
        }
    }

    private void count(String name, String zone, int amount, Tags tags) {
        registry.counter(name, tags.and("zone", zone)).increment(amount);
    }

    private AtomicLong gauge(String name, Tags tags) {
        return gauges.computeIfAbsent(name + tags, key -> registry.gauge(name, tags, new AtomicLong()));
    }
}
