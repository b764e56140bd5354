package dev.supervisorportal.scheduler;

import dev.supervisorportal.scheduler.model.Host;
import dev.supervisorportal.scheduler.model.HostState;
import dev.supervisorportal.scheduler.model.Resources;
import dev.supervisorportal.scheduler.model.Workload;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The rebalancer written the obvious, slow way: in each round try every listed workload of every
 * host on every other host, run the filter plugins on the target as it stands, recompute the spread
 * from scratch for the zone the move would leave, keep the smallest (then first workload, then first
 * target name). {@link Rebalancer} must plan exactly the same moves; it only searches fewer of them.
 */
final class ReferenceRebalancer {

    private ReferenceRebalancer() {
    }

    static List<Move> plan(List<Host> hosts, Map<String, List<Workload>> placed, int threshold, int maxMoves) {
        Map<String, Host> current = new TreeMap<>();
        Map<String, List<Workload>> movable = new TreeMap<>();
        for (Host host : hosts) {
            if (takesPart(host)) {
                current.put(host.name(), host);
                List<Workload> workloads = new ArrayList<>(placed.getOrDefault(host.name(), List.of()));
                workloads.sort(Comparator.comparing(Workload::name));
                movable.put(host.name(), workloads);
            }
        }
        List<Move> moves = new ArrayList<>();
        while (moves.size() < maxMoves && spread(current.values()) > threshold) {
            double before = spread(current.values());
            Move best = null;
            Map<String, Host> bestZone = null;
            for (String from : current.keySet()) {
                for (Workload workload : movable.get(from)) {
                    for (String to : current.keySet()) {
                        if (to.equals(from) || !passesEveryFilter(workload, current.get(to))) {
                            continue;
                        }
                        Map<String, Host> after = moved(current, workload, from, to);
                        double spread = spread(after.values());
                        if (spread < before && (best == null || comesFirst(spread, workload.name(), to, best))) {
                            best = new Move(workload.name(), from, to, before, spread);
                            bestZone = after;
                        }
                    }
                }
            }
            if (best == null) {
                break;
            }
            current = bestZone;
            String name = best.workload();
            movable.get(best.from()).removeIf(workload -> workload.name().equals(name));
            moves.add(best);
        }
        return moves;
    }

    static boolean takesPart(Host host) {
        return host.state() == HostState.READY && host.capacity().cpuMhz() > 0;
    }

    /** Over the hosts that take part, in percentage points. */
    static double spread(Collection<Host> hosts) {
        List<Host> taking = hosts.stream().filter(ReferenceRebalancer::takesPart).toList();
        if (taking.size() < 2) {
            return 0;
        }
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (Host host : taking) {
            double utilisation = host.used().cpuMhz() * 100.0 / host.capacity().cpuMhz();
            max = Math.max(max, utilisation);
            min = Math.min(min, utilisation);
        }
        return max - min;
    }

    private static boolean comesFirst(double spread, String workload, String to, Move best) {
        if (spread != best.spreadAfter()) {
            return spread < best.spreadAfter();
        }
        int byName = workload.compareTo(best.workload());
        return byName != 0 ? byName < 0 : to.compareTo(best.to()) < 0;
    }

    private static boolean passesEveryFilter(Workload workload, Host host) {
        return Scheduler.BUILT_IN_FILTERS.stream().allMatch(filter -> filter.filter(workload, host).isSuccess());
    }

    /** The zone after the move; the source keeps the workload's anti-affinity key, as the rebalancer's does. */
    private static Map<String, Host> moved(Map<String, Host> zone, Workload workload, String from, String to) {
        Map<String, Host> after = new TreeMap<>(zone);
        Host source = zone.get(from);
        Host target = zone.get(to);
        Resources demand = workload.demand();
        after.put(from, new Host(from, source.zone(), source.state(), source.capacity(),
                new Resources(source.used().cpuMhz() - demand.cpuMhz(), source.used().memoryMib() - demand.memoryMib(),
                        source.used().storageGib() - demand.storageGib()),
                source.antiAffinityKeys()));
        Set<String> keys = new HashSet<>(target.antiAffinityKeys());
        workload.antiAffinityKey().ifPresent(keys::add);
        after.put(to, new Host(to, target.zone(), target.state(), target.capacity(),
                new Resources(target.used().cpuMhz() + demand.cpuMhz(), target.used().memoryMib() + demand.memoryMib(),
                        target.used().storageGib() + demand.storageGib()),
                keys));
        return after;
    }
}
