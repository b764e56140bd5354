package dev.supervisorportal.scheduler;

import dev.supervisorportal.scheduler.model.Host;
import dev.supervisorportal.scheduler.model.HostState;
import dev.supervisorportal.scheduler.model.Resources;
import dev.supervisorportal.scheduler.model.Workload;
import dev.supervisorportal.scheduler.plugins.ResourceAllocationScore;
import dev.supervisorportal.scheduler.plugins.ResourcesFit;
import dev.supervisorportal.scheduler.plugins.Score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The fast path, for the built-in filters ({@link Filters#BUILT_IN}) with a built-in score (a
 * {@link ResourceAllocationScore}); it decides exactly what {@link PluginRun} decides with the same
 * plugins. The hosts during one placement run are laid out for the hot loop: use and capacity in
 * primitive arrays indexed by host, hosts sorted by name so that "first index wins" is the tie
 * rule, and the rules that never change during a run (host state, zone) turned into candidate
 * lists built once.
 *
 * <p>The batch comes sorted by demand, so workloads of one VM class arrive one after another. For
 * such a run of equal demands (an equivalence class, as kube-scheduler once cached them) each
 * host's score changes only when that host receives a workload, so the scores are kept in a
 * {@link ScoreTree} per candidate list: the best host is read off the top and a placement
 * re-scores one host, instead of scoring every host for every workload. A workload whose demand
 * differs from the previous one is placed by one plain pass over the candidates.
 *
 * <p>The filter plugins themselves run only to explain a workload that fits nowhere
 * ({@link Filters#reasons}), on {@link #hostsNow()}.
 *
 * <p>One instance per run; not thread-safe.
 */
final class ClusterState implements PlacementRun {

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
    private final ResourceAllocationScore score;

    /** The demand of the current run of equal workloads; the trees below hold scores for it. */
    private Resources classDemand;
    private ScoreTree anyZoneTree;
    private final Map<String, ScoreTree> zoneTrees = new HashMap<>();

    ClusterState(List<Host> unsorted, ResourceAllocationScore score) {
        this.score = score;
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

    @Override
    public String name(int host) {
        return hosts[host].name();
    }

    /**
     * The host the score prefers among those passing every filter, or -1 if none does. This is
     * the filter → score → select cycle of kube-scheduler, with state and zone already settled by
     * the candidate list and anti-affinity by excluding the few hosts that hold the key.
     */
    @Override
    public int bestHost(Workload workload) {
        int[] candidates = workload.zone() == null
                ? readyHosts
                : readyHostsByZone.getOrDefault(workload.zone(), NONE);
        int[] blocked = workload.antiAffinity() == null
                ? NONE
                : hostsWithKey.getOrDefault(workload.antiAffinity(), NONE);
        Resources demand = workload.demand();
        if (!demand.equals(classDemand)) {
            classDemand = demand;
            anyZoneTree = null;
            zoneTrees.clear();
            return scan(candidates, blocked, demand);
        }
        ScoreTree tree = treeFor(workload.zone(), candidates);
        for (int host : blocked) {
            tree.update(host, ScoreTree.UNFIT);
        }
        int best = tree.best();
        for (int host : blocked) {
            tree.update(host, scoreOf(host, demand));
        }
        return best;
    }

    private ScoreTree treeFor(String zone, int[] candidates) {
        if (zone == null) {
            if (anyZoneTree == null) {
                anyZoneTree = new ScoreTree(candidates, host -> scoreOf(host, classDemand));
            }
            return anyZoneTree;
        }
        return zoneTrees.computeIfAbsent(zone, z -> new ScoreTree(candidates, host -> scoreOf(host, classDemand)));
    }

    /** One pass over the candidates: three comparisons and, for a host that fits, one score. */
    private int scan(int[] candidates, int[] blocked, Resources demand) {
        for (int host : blocked) {
            excluded[host] = true;
        }
        long cpu = demand.cpuMhz();
        long memory = demand.memoryMib();
        long storage = demand.storageGib();
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
        for (int host : blocked) {
            excluded[host] = false;
        }
        return best;
    }

    /** The host's score for the demand, or {@link ScoreTree#UNFIT} if it does not fit. */
    private int scoreOf(int host, Resources demand) {
        long cpu = demand.cpuMhz();
        long memory = demand.memoryMib();
        if (!ResourcesFit.fits(cpu, cpuUsed[host], cpuCapacity[host])
                || !ResourcesFit.fits(memory, memoryUsed[host], memoryCapacity[host])
                || !ResourcesFit.fits(demand.storageGib(), storageUsed[host], storageCapacity[host])) {
            return ScoreTree.UNFIT;
        }
        return score.score(cpuUsed[host] + cpu, cpuCapacity[host], memoryUsed[host] + memory, memoryCapacity[host]);
    }

    /** Counts the workload against the host, and re-scores the host in the trees of the current run. */
    @Override
    public void assign(Workload workload, int host) {
        Resources demand = workload.demand();
        cpuUsed[host] += demand.cpuMhz();
        memoryUsed[host] += demand.memoryMib();
        storageUsed[host] += demand.storageGib();
        if (anyZoneTree != null) {
            anyZoneTree.update(host, scoreOf(host, classDemand));
        }
        ScoreTree zoneTree = zoneTrees.get(hosts[host].zone());
        if (zoneTree != null) {
            zoneTree.update(host, scoreOf(host, classDemand));
        }
        String key = workload.antiAffinity();
        if (key != null) {
            Set<String> keys = new HashSet<>(keysOnHost.get(host));
            keys.add(key);
            keysOnHost.set(host, keys);
            addHostWithKey(key, host);
        }
    }

    @Override
    public List<Host> hostsNow() {
        return IntStream.range(0, hosts.length).mapToObj(this::currentHost).toList();
    }

    /** The host as it stands now, with the placements of this run. */
    private Host currentHost(int i) {
        return hosts[i].withUse(new Resources(cpuUsed[i], memoryUsed[i], storageUsed[i]), keysOnHost.get(i));
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
