package dev.supervisorportal.scheduler;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The outcome of placing a batch: every workload of the snapshot is in exactly one of the two
 * lists, each in the order the scheduler decided them (largest first).
 */
public record Plan(List<Placement> placements, List<Unplaced> unplaced) {

    public Plan {
        placements = List.copyOf(placements);
        unplaced = List.copyOf(unplaced);
    }

    /** How many distinct hosts received at least one workload of this batch. */
    public int hostsUsed() {
        Set<String> hosts = new HashSet<>();
        for (Placement placement : placements) {
            hosts.add(placement.host());
        }
        return hosts.size();
    }

    /** The host the named workload was placed on, if it was placed. */
    public Optional<String> hostOf(String workload) {
        return placements.stream().filter(p -> p.workload().equals(workload)).map(Placement::host).findFirst();
    }
}
