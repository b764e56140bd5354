package dev.supervisorportal.scheduler;

import dev.supervisorportal.scheduler.model.Host;
import dev.supervisorportal.scheduler.model.Resources;
import dev.supervisorportal.scheduler.model.Workload;
import dev.supervisorportal.scheduler.plugins.AntiAffinity;
import dev.supervisorportal.scheduler.plugins.Filter;
import dev.supervisorportal.scheduler.plugins.HostReady;
import dev.supervisorportal.scheduler.plugins.Reason;
import dev.supervisorportal.scheduler.plugins.ResourcesFit;
import dev.supervisorportal.scheduler.plugins.Score;
import dev.supervisorportal.scheduler.plugins.Status;
import dev.supervisorportal.scheduler.plugins.ZoneMatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The scheduler written the obvious, slow way, straight from the issue: for each workload, largest
 * first, run every filter plugin on every host, score the survivors with the policy's score plugin,
 * take the best (first name on ties), update that host. {@link Scheduler} must decide exactly the
 * same; it only does it faster.
 */
final class ReferenceScheduler {

    private ReferenceScheduler() {
    }

    /** The rules in the order the issue lists them, so that a host's reason is its first failed rule. */
    private static final List<Filter> FILTERS = List.of(
            new HostReady(), new ZoneMatch(), new AntiAffinity(), new ResourcesFit());

    static Plan place(Snapshot snapshot, Policy policy) {
        Score score = policy.score();
        Map<String, Host> hosts = new TreeMap<>();
        snapshot.hosts().forEach(host -> hosts.put(host.name(), host));
        List<Workload> batch = new ArrayList<>(snapshot.workloads());
        batch.sort(Comparator.comparingLong((Workload w) -> -w.demand().cpuMhz())
                .thenComparingLong(w -> -w.demand().memoryMib())
                .thenComparing(Workload::name));
        List<Placement> placements = new ArrayList<>();
        List<Unplaced> unplaced = new ArrayList<>();
        for (Workload workload : batch) {
            String best = null;
            int bestScore = -1;
            Map<String, Reason> reasons = new LinkedHashMap<>();
            for (Host host : hosts.values()) {
                Reason reason = firstReason(workload, host);
                if (reason != null) {
                    reasons.put(host.name(), reason);
                    continue;
                }
                int hostScore = score.score(workload, host);
                if (hostScore > bestScore) {
                    best = host.name();
                    bestScore = hostScore;
                }
            }
            if (best == null) {
                unplaced.add(new Unplaced(workload.name(), reasons));
            } else {
                placements.add(new Placement(workload.name(), best));
                hosts.put(best, withWorkload(hosts.get(best), workload));
            }
        }
        return new Plan(placements, unplaced);
    }

    private static Reason firstReason(Workload workload, Host host) {
        for (Filter filter : FILTERS) {
            Status status = filter.filter(workload, host);
            if (!status.isSuccess()) {
                return status.reason();
            }
        }
        return null;
    }

    private static Host withWorkload(Host host, Workload workload) {
        Resources used = host.used();
        Resources demand = workload.demand();
        Set<String> keys = new HashSet<>(host.antiAffinityKeys());
        workload.antiAffinityKey().ifPresent(keys::add);
        return new Host(host.name(), host.zone(), host.state(), host.capacity(),
                new Resources(used.cpuMhz() + demand.cpuMhz(), used.memoryMib() + demand.memoryMib(),
                        used.storageGib() + demand.storageGib()),
                keys);
    }
}
