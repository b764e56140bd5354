package dev.supervisorportal.backend.inventory;

import java.util.List;

/** How many vSphere clusters (zones) the Supervisor spans. */
public enum Topology {
    /** One vSphere cluster: host-level HA only. */
    SINGLE_ZONE(List.of("zone-a")),
    /** Three vSphere clusters, one zone each: a whole cluster may fail. */
    THREE_ZONE(List.of("zone-a", "zone-b", "zone-c"));

    private final List<String> defaultZoneNames;

    Topology(List<String> defaultZoneNames) {
        this.defaultZoneNames = defaultZoneNames;
    }

    public int zoneCount() {
        return defaultZoneNames.size();
    }

    public List<String> defaultZoneNames() {
        return defaultZoneNames;
    }
}
