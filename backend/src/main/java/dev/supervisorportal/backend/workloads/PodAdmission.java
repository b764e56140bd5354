package dev.supervisorportal.backend.workloads;

import dev.supervisorportal.backend.inventory.SupervisorFacts;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.quota.ZoneShare;

import java.util.List;
import java.util.Map;

/** A checked pod request, for the one zone of a single-zone Supervisor. */
record PodAdmission(SupervisorFacts facts, String zone, Limits demand) {

    Map<String, Limits> plan(List<ZoneShare> shares) {
        return Map.of(zone, demand);
    }
}
