package dev.supervisorportal.scheduler.plugins;

import dev.supervisorportal.scheduler.model.Host;
import dev.supervisorportal.scheduler.model.HostState;
import dev.supervisorportal.scheduler.model.Resources;

import java.util.Set;

/** Short ways to write the hosts of the plugin tables. */
final class Hosts {

    private Hosts() {
    }

    static Host ready(String zone) {
        return new Host("esx-01", zone, HostState.READY, new Resources(10_000, 10_000, 10_000), Resources.ZERO);
    }

    static Host inState(HostState state) {
        return new Host("esx-01", "zone-a", state, new Resources(10_000, 10_000, 10_000), Resources.ZERO);
    }

    static Host withKeys(String... keys) {
        return new Host("esx-01", "zone-a", HostState.READY, new Resources(10_000, 10_000, 10_000), Resources.ZERO,
                Set.of(keys));
    }

    static Host sized(Resources capacity, Resources used) {
        return new Host("esx-01", "zone-a", HostState.READY, capacity, used);
    }
}
