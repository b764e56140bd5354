package dev.supervisorportal.scheduler.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Something to place on one host: a VM, a TKG node, a Supervisor control-plane VM.
 *
 * @param name         unique among the workloads of a snapshot
 * @param demand       what it reserves on its host
 * @param zone         the zone it must run in, or null for any zone
 * @param antiAffinity workloads sharing this key must run on different hosts (the control-plane
 *                     nodes of one cluster), or null
 */
public record Workload(String name, Resources demand, String zone, String antiAffinity) {

    public Workload {
        Names.requireNonBlank(name, "workload name");
        Objects.requireNonNull(demand, "demand of workload " + name);
        Names.optionalNonBlank(zone, "zone of workload " + name);
        Names.optionalNonBlank(antiAffinity, "anti-affinity key of workload " + name);
    }

    /** A workload that may go to any zone and has no anti-affinity. */
    public static Workload of(String name, Resources demand) {
        return new Workload(name, demand, null, null);
    }

    public Workload inZone(String zone) {
        return new Workload(name, demand, zone, antiAffinity);
    }

    public Workload withAntiAffinity(String key) {
        return new Workload(name, demand, zone, key);
    }

    public Optional<String> askedZone() {
        return Optional.ofNullable(zone);
    }

    public Optional<String> antiAffinityKey() {
        return Optional.ofNullable(antiAffinity);
    }
}
