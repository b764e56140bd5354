package dev.supervisorportal.scheduler;

import dev.supervisorportal.scheduler.model.Host;
import dev.supervisorportal.scheduler.model.HostState;
import dev.supervisorportal.scheduler.model.Resources;
import dev.supervisorportal.scheduler.model.Workload;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The hosts taking part in one {@link Rebalancer} plan, as they stand after the moves so far: each
 * host as a {@link Host} record (what the filters read), its CPU utilisation, and the workloads
 * that may still leave it.
 *
 * <p>The search for the best move does not price every workload on every target. The spread
 * narrows only if the maximum falls or the minimum rises. A move lowers one host and raises
 * another, so the maximum can fall only when the source is the one most utilised host, and the
 * minimum can rise only when the target is the one least utilised host. Those two families (the
 * top host's workloads to any host, any host's workloads to the bottom host) therefore hold every
 * move that narrows the spread. Each is priced in constant time from the hosts ordered by
 * utilisation, and the filters run only for a move that would beat the best found so far.
 *
 * <p>One instance per plan; not thread-safe.
 */
final class ZoneLoad {

    /** A move under consideration; source and target are indexes into the hosts taking part. */
    record Candidate(Workload workload, int source, int target, double spreadAfter) {
    }

    /** The hosts taking part, sorted by name, so that index order is name order. */
    private final Host[] hosts;
    /** CPU utilisation of each host, in percent. */
    private final double[] utilisation;
    /** The workloads that may still leave each host, by name; a moved workload joins no other list. */
    private final List<List<Workload>> movable;
    /** The rules a move's target must pass. */
    private final Filters filters;

    ZoneLoad(List<Host> all, Map<String, List<Workload>> placed, Filters filters) {
        this.filters = filters;
        // The snapshot refuses duplicate host and workload names; the rest is this class's own check.
        Snapshot checked = new Snapshot(all, placed.values().stream().flatMap(List::stream).toList());
        Map<String, Host> byName = new HashMap<>();
        checked.hosts().forEach(host -> byName.put(host.name(), host));
        placed.forEach((name, workloads) -> {
            Host host = byName.get(name);
            if (host == null) {
                throw new IllegalArgumentException("workloads listed on unknown host '" + name + "'");
            }
            requireUsedCovers(host, workloads);
        });
        hosts = checked.hosts().stream().filter(ZoneLoad::takesPart)
                .sorted(Comparator.comparing(Host::name)).toArray(Host[]::new);
        utilisation = new double[hosts.length];
        movable = new ArrayList<>(hosts.length);
        for (int i = 0; i < hosts.length; i++) {
            utilisation[i] = utilisation(hosts[i].used().cpuMhz(), hosts[i]);
            List<Workload> workloads = new ArrayList<>(placed.getOrDefault(hosts[i].name(), List.of()));
            workloads.sort(Comparator.comparing(Workload::name));
            movable.add(workloads);
        }
    }

    /** Most minus least utilised host, in percentage points; 0 with fewer than two hosts. */
    double spread() {
        if (hosts.length < 2) {
            return 0;
        }
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (double u : utilisation) {
            max = Math.max(max, u);
            min = Math.min(min, u);
        }
        return max - min;
    }

    /** The move that leaves the smallest spread, if it is smaller than now and the target passes every filter; else null. */
    Candidate bestMove() {
        int n = hosts.length;
        if (n < 2) {
            return null;
        }
        int[] order = byUtilisation();
        double spread = utilisation[order[n - 1]] - utilisation[order[0]];
        Candidate best = null;
        int top = order[n - 1];
        if (utilisation[top] > utilisation[order[n - 2]]) {
            for (Workload workload : movable.get(top)) {
                for (int target = 0; target < n; target++) {
                    if (target != top) {
                        best = better(best, workload, top, target, spread, order);
                    }
                }
            }
        }
        int bottom = order[0];
        if (utilisation[bottom] < utilisation[order[1]]) {
            for (int source = 0; source < n; source++) {
                if (source != bottom) {
                    for (Workload workload : movable.get(source)) {
                        best = better(best, workload, source, bottom, spread, order);
                    }
                }
            }
        }
        return best;
    }

    /** Makes the move on the working state and describes it. */
    Move apply(Candidate move) {
        double before = spread();
        Workload workload = move.workload();
        Host source = hosts[move.source()];
        Host target = hosts[move.target()];
        // The source keeps the workload's anti-affinity key: its key set cannot tell whether an
        // unlisted workload there carries the same key, so forgetting it could place two together.
        hosts[move.source()] = source.withUse(source.used().minus(workload.demand()), source.antiAffinityKeys());
        hosts[move.target()] = target.withWorkload(workload);
        utilisation[move.source()] = utilisation(hosts[move.source()].used().cpuMhz(), source);
        utilisation[move.target()] = utilisation(hosts[move.target()].used().cpuMhz(), target);
        movable.get(move.source()).remove(workload);
        return new Move(workload.name(), source.name(), target.name(), before, spread());
    }

    /** The candidate if it narrows the spread, comes before the best so far and passes the filters; else the best so far. */
    private Candidate better(Candidate best, Workload workload, int source, int target, double spread, int[] order) {
        long cpu = workload.demand().cpuMhz();
        double from = utilisation(hosts[source].used().cpuMhz() - cpu, hosts[source]);
        double to = utilisation(hosts[target].used().cpuMhz() + cpu, hosts[target]);
        double after = Math.max(Math.max(from, to), highestExcept(source, target, order))
                - Math.min(Math.min(from, to), lowestExcept(source, target, order));
        if (!(after < spread) || (best != null && !precedes(after, workload, target, best))) {
            return best;
        }
        return filters.firstFailure(workload, hosts[target]).isSuccess()
                ? new Candidate(workload, source, target, after)
                : best;
    }

    /** Smaller spread first, then workload name, then target name (index order is name order). */
    private static boolean precedes(double after, Workload workload, int target, Candidate best) {
        if (after != best.spreadAfter()) {
            return after < best.spreadAfter();
        }
        int byName = workload.name().compareTo(best.workload().name());
        return byName != 0 ? byName < 0 : target < best.target();
    }

    private double highestExcept(int a, int b, int[] order) {
        for (int i = order.length - 1; i >= 0; i--) {
            if (order[i] != a && order[i] != b) {
                return utilisation[order[i]];
            }
        }
        return Double.NEGATIVE_INFINITY;
    }

    private double lowestExcept(int a, int b, int[] order) {
        for (int host : order) {
            if (host != a && host != b) {
                return utilisation[host];
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /** Host indexes, least utilised first. */
    private int[] byUtilisation() {
        Integer[] order = new Integer[hosts.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> utilisation[i]));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    /** One formula for every utilisation, so that equal loads compare equal. */
    private static double utilisation(long cpuUsed, Host host) {
        return cpuUsed * 100.0 / host.capacity().cpuMhz();
    }

    private static boolean takesPart(Host host) {
        return host.state() == HostState.READY && host.capacity().cpuMhz() > 0;
    }

    /** Moving a workload off takes its demand out of used, which must therefore hold it. */
    private static void requireUsedCovers(Host host, List<Workload> workloads) {
        long cpu = 0;
        long memory = 0;
        long storage = 0;
        for (Workload workload : workloads) {
            cpu += workload.demand().cpuMhz();
            memory += workload.demand().memoryMib();
            storage += workload.demand().storageGib();
            if (cpu > host.used().cpuMhz() || memory > host.used().memoryMib() || storage > host.used().storageGib()) {
                throw new IllegalArgumentException("host " + host.name()
                        + ": used is less than the demand of the workloads listed on it");
            }
        }
    }

}
