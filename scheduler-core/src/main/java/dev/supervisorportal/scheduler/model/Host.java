package dev.supervisorportal.scheduler.model;

import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A hypervisor host as the scheduler sees it.
 *
 * @param name             unique among the hosts of a snapshot; ties in scoring go to the name that sorts first
 * @param zone             the zone (vSphere zone, failure domain) the host belongs to
 * @param state            only {@link HostState#READY} hosts take workloads
 * @param capacity         what the host offers
 * @param used             what is already reserved on it; may exceed capacity (an over-committed host
 *                         then takes nothing new)
 * @param antiAffinityKeys anti-affinity keys of the workloads already running there, so that a new
 *                         workload with one of these keys avoids the host
 */
public record Host(String name, String zone, HostState state, Resources capacity, Resources used,
                   Set<String> antiAffinityKeys) {

    public Host {
        Names.requireNonBlank(name, "host name");
        Names.requireNonBlank(zone, "zone of host " + name);
        Objects.requireNonNull(state, "state of host " + name);
        Objects.requireNonNull(capacity, "capacity of host " + name);
        Objects.requireNonNull(used, "used of host " + name);
        antiAffinityKeys = sortedCopy(antiAffinityKeys == null ? Set.of() : antiAffinityKeys, name);
    }

    /** A host on which no anti-affinity workload runs yet. */
    public Host(String name, String zone, HostState state, Resources capacity, Resources used) {
        this(name, zone, state, capacity, used, Set.of());
    }

    /** Sorted, so that the host prints and compares the same whatever order the keys came in. */
    private static Set<String> sortedCopy(Set<String> keys, String host) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        TreeSet<String> copy = new TreeSet<>();
        for (String key : keys) {
            copy.add(Names.requireNonBlank(key, "anti-affinity key on host " + host));
        }
        return Collections.unmodifiableSet(copy);
    }

    /** The same host with other use and keys: as it stands after workloads came or went. */
    public Host withUse(Resources newUsed, Set<String> keys) {
        return new Host(name, zone, state, capacity, newUsed, keys);
    }

    /** The same host with the workload placed on it: its demand counted in used, its anti-affinity key among the keys. */
    public Host withWorkload(Workload workload) {
        Set<String> keys = antiAffinityKeys;
        if (workload.antiAffinity() != null) {
            keys = new HashSet<>(keys);
            keys.add(workload.antiAffinity());
        }
        return withUse(used.plus(workload.demand()), keys);
    }
}
