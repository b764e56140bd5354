package dev.supervisorportal.scheduler;

import dev.supervisorportal.scheduler.model.Host;
import dev.supervisorportal.scheduler.model.Workload;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one placement run looks at: the hosts as they are, and the workloads to place.
 * Names are unique within each list, because results and reasons refer to hosts and workloads by
 * name.
 */
public record Snapshot(List<Host> hosts, List<Workload> workloads) {

    public Snapshot {
        hosts = List.copyOf(Objects.requireNonNull(hosts, "hosts"));
        workloads = List.copyOf(Objects.requireNonNull(workloads, "workloads"));
        requireUnique(hosts.stream().map(Host::name).toList(), "host");
        requireUnique(workloads.stream().map(Workload::name).toList(), "workload");
    }

    private static void requireUnique(List<String> names, String what) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!seen.add(name)) {
                throw new IllegalArgumentException("duplicate " + what + " name '" + name + "'");
            }
        }
    }
}
