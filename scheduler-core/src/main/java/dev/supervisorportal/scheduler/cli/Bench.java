package dev.supervisorportal.scheduler.cli;

import dev.supervisorportal.scheduler.Plan;
import dev.supervisorportal.scheduler.Policy;
import dev.supervisorportal.scheduler.Scheduler;
import dev.supervisorportal.scheduler.Snapshot;

import java.util.Arrays;

/**
 * Times whole plans on a generated snapshot. The first rounds only warm up the JIT; the measured
 * rounds report median and best, since one slow round (a GC, the other engineer's build) says
 * little about the scheduler.
 */
final class Bench {

    record Settings(int hosts, int workloads, long seed, boolean distinctSizes, Policy policy, int warmup, int rounds) {
    }

    private Bench() {
    }

    static String run(Settings settings) {
        Snapshot snapshot = BenchSnapshot.generate(settings.hosts(), settings.workloads(), settings.seed(),
                settings.distinctSizes());
        Scheduler scheduler = new Scheduler();
        Plan first = scheduler.place(snapshot, settings.policy());
        for (int i = 0; i < settings.warmup(); i++) {
            requireSame(first, scheduler.place(snapshot, settings.policy()));
        }
        long[] nanos = new long[settings.rounds()];
        for (int i = 0; i < settings.rounds(); i++) {
            long start = System.nanoTime();
            Plan plan = scheduler.place(snapshot, settings.policy());
            nanos[i] = System.nanoTime() - start;
            requireSame(first, plan);
        }
        Arrays.sort(nanos);
        long median = nanos[nanos.length / 2];
        return JsonOutput.write(JsonOutput.object()
                .put("hosts", settings.hosts())
                .put("zones", BenchSnapshot.ZONES.size())
                .put("workloads", settings.workloads())
                .put("seed", settings.seed())
                .put("sizes", settings.distinctSizes() ? "distinct" : "classes")
                .put("policy", settings.policy().cliName())
                .put("warmupRounds", settings.warmup())
                .put("rounds", settings.rounds())
                .put("placed", first.placements().size())
                .put("unplaced", first.unplaced().size())
                .put("hostsUsed", first.hostsUsed())
                .put("medianMillis", JsonOutput.millis(median))
                .put("bestMillis", JsonOutput.millis(nanos[0]))
                .put("placementsPerSecond", Math.round(first.placements().size() / (median / 1e9))));
    }

    /** Every round must decide the same: a benchmark of a non-deterministic scheduler would be a bug report. */
    private static void requireSame(Plan expected, Plan actual) {
        if (!expected.equals(actual)) {
            throw new IllegalStateException("two runs on the same snapshot gave different plans");
        }
    }
}
