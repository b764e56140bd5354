package dev.supervisorportal.scheduler;

import dev.supervisorportal.scheduler.model.Host;
import dev.supervisorportal.scheduler.model.HostState;
import dev.supervisorportal.scheduler.model.Resources;
import dev.supervisorportal.scheduler.model.Workload;
import dev.supervisorportal.scheduler.plugins.ResourceAllocationScore;
import dev.supervisorportal.scheduler.plugins.ResourcesFit;
import dev.supervisorportal.scheduler.plugins.Score;
import dev.supervisorportal.scheduler.plugins.Status;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hosts during one placement run, laid out for the hot loop: use and capacity in primitive
 * arrays indexed by host, hosts sorted by name so that "first index wins" is the tie rule, and
 * the rules that never change during a run (host state, zone) turned into candidate lists built
 * once. One instance per run; not thread-safe.
 */
final class ClusterState {

    private static final int[] NONE = new int[0];

    private final Host[] hosts;
    private final long[] cpuCapacity;
    private final long[] memoryCapacity;
    private final long[] storageCapacity;
    private final long[] cpuUsed;
    private final long[] memoryUsed;
    private final long[] storageUsed;
    /** The anti-affinity keys on each host, those it came with and those placed since. */
    private final List<Set<String>> keysOnHost;
    private final Map<String, int[]> hostsWithKey = new HashMap<>();
    /** READY hosts: HostReady's verdict, computed once since state does not change in a run. */
    private final int[] readyHosts;
    /** READY hosts of each zone: ZoneMatch's verdict, computed once per zone. */
    private final Map<String, int[]> readyHostsByZone = new HashMap<>();
    /** Scratch marks for the anti-affinity of the workload being placed; all false between workloads. */
    private final boolean[] excluded;

    ClusterState(List<Host> unsorted) {
        hosts = unsorted.toArray(Host[]::new);
        Arrays.sort(hosts, Comparator.comparing(Host::name));
        int n = hosts.length;
        cpuCapacity = new long[n];
        memoryCapacity = new long[n];
        storageCapacity = new long[n];
        cpuUsed = new long[n];
        memoryUsed = new long[n];
        storageUsed = new long[n];
        excluded = new boolean[n];
        keysOnHost = new ArrayList<>(n);
        Map<String, List<Integer>> readyByZone = new HashMap<>();
        List<Integer> ready = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Host host = hosts[i];
            cpuCapacity[i] = host.capacity().cpuMhz();
            memoryCapacity[i] = host.capacity().memoryMib();
            storageCapacity[i] = host.capacity().storageGib();
            cpuUsed[i] = host.used().cpuMhz();
            memoryUsed[i] = host.used().memoryMib();
            storageUsed[i] = host.used().storageGib();
            keysOnHost.add(host.antiAffinityKeys());
            for (String key : host.antiAffinityKeys()) {
                addHostWithKey(key, i);
            }
            if (host.state() == HostState.READY) {
                ready.add(i);
                readyByZone.computeIfAbsent(host.zone(), z -> new ArrayList<>()).add(i);
            }
        }
        readyHosts = toArray(ready);
        readyByZone.forEach((zone, indexes) -> readyHostsByZone.put(zone, toArray(indexes)));
    }

    String name(int host) {
        return hosts[host].name();
    }

    /**
     * The host the score prefers among those passing every filter, or -1 if none does. This is
     * the filter → score → select cycle of kube-scheduler, fused into one pass over primitive
     * arrays: state and zone are already settled by the candidate list, anti-affinity by the
     * marks, so what is left per host is three comparisons and one score.
     */
    int bestHost(Workload workload, ResourceAllocationScore score) {
        int[] candidates = workload.zone() == null
                ? readyHosts
                : readyHostsByZone.getOrDefault(workload.zone(), NONE);
        int[] blocked = workload.antiAffinity() == null
                ? NONE
                : hostsWithKey.getOrDefault(workload.antiAffinity(), NONE);
        for (int host : blocked) {
            excluded[host] = true;
        }
        Resources demand = workload.demand();
        int best = bestAmong(candidates, demand.cpuMhz(), demand.memoryMib(), demand.storageGib(), score);
        for (int host : blocked) {
            excluded[host] = false;
        }
        return best;
    }

    private int bestAmong(int[] candidates, long cpu, long memory, long storage, ResourceAllocationScore score) {
        int best = -1;
        int bestScore = -1;
        for (int host : candidates) {
            if (excluded[host]
                    || !ResourcesFit.fits(cpu, cpuUsed[host], cpuCapacity[host])
                    || !ResourcesFit.fits(memory, memoryUsed[host], memoryCapacity[host])
                    || !ResourcesFit.fits(storage, storageUsed[host], storageCapacity[host])) {
                continue;
            }
            int hostScore = score.score(cpuUsed[host] + cpu, cpuCapacity[host],
                    memoryUsed[host] + memory, memoryCapacity[host]);
            // Strictly greater: candidates are in name order, so the first of equals keeps the win.
            if (hostScore > bestScore) {
                best = host;
                bestScore = hostScore;
                if (hostScore == Score.MAX_SCORE) {
                    break;
                }
            }
        }
        return best;
    }

    void assign(Workload workload, int host) {
        Resources demand = workload.demand();
        cpuUsed[host] += demand.cpuMhz();
        memoryUsed[host] += demand.memoryMib();
        storageUsed[host] += demand.storageGib();
        String key = workload.antiAffinity();
        if (key != null) {
            Set<String> keys = new HashSet<>(keysOnHost.get(host));
            keys.add(key);
            keysOnHost.set(host, keys);
            addHostWithKey(key, host);
        }
    }

    /**
     * Why each host turns the workload down, by host name: the first failing filter's reason. Run
     * only for workloads that fit nowhere, so it may take the slow, readable path through the
     * filter plugins.
     */
    Map<String, String> reasons(Workload workload) {
        Map<String, String> reasons = new LinkedHashMap<>();
        for (int i = 0; i < hosts.length; i++) {
            Host current = currentHost(i);
            Status status = Scheduler.firstFailure(workload, current);
            if (status.isSuccess()) {
                throw new IllegalStateException("host " + current.name() + " passes every filter for workload "
                        + workload.name() + " but was not chosen");
            }
            reasons.put(current.name(), status.reason());
        }
        return reasons;
    }

    /** The host as it stands now, with the placements of this run. */
    private Host currentHost(int i) {
        Host initial = hosts[i];
        return new Host(initial.name(), initial.zone(), initial.state(), initial.capacity(),
                new Resources(cpuUsed[i], memoryUsed[i], storageUsed[i]), keysOnHost.get(i));
    }

    private void addHostWithKey(String key, int host) {
        int[] previous = hostsWithKey.getOrDefault(key, NONE);
        int[] next = Arrays.copyOf(previous, previous.length + 1);
        next[previous.length] = host;
        hostsWithKey.put(key, next);
    }

    private static int[] toArray(List<Integer> indexes) {
        return indexes.stream().mapToInt(Integer::intValue).toArray();
    }
}
