package dev.supervisorportal.backend.workloads;

import dev.supervisorportal.backend.catalog.VmClassView;
import dev.supervisorportal.backend.inventory.SupervisorFacts;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.quota.QuotaLedger;
import dev.supervisorportal.backend.quota.ZoneShare;

import java.util.List;
import java.util.Map;

/** A checked VM request; {@link #plan} is admission's zone choice from the namespace's current shares. */
record VmAdmission(SupervisorFacts facts, VmClassView vmClass, String askedZone, Limits demand) {

    Map<String, Limits> plan(List<ZoneShare> shares) {
        return Map.of(askedZone != null ? askedZone : QuotaLedger.bestZone(shares, demand), demand);
    }
}
