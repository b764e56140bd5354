package dev.supervisorportal.backend.inventory;

import java.util.List;
import java.util.Optional;

/** The Supervisor's settings that admission depends on, and its name. Zones in name order. */
public record SupervisorFacts(Topology topology, int mhzPerVcpu, List<ZoneRef> zones, String name) {

    public Optional<ZoneRef> zone(String name) {
        return zones.stream().filter(zone -> zone.name().equals(name)).findFirst();
    }

    public List<String> zoneNames() {
        return zones.stream().map(ZoneRef::name).toList();
    }
}
