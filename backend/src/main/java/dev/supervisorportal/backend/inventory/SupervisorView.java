package dev.supervisorportal.backend.inventory;

import java.util.List;

/** The Supervisor with its zones in name order, each with its hosts in name order. */
public record SupervisorView(String name, Topology topology, int mhzPerVcpu, List<Zone> zones) {

    public record Zone(String name, List<HostView> hosts) {
    }
}
