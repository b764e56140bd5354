package dev.supervisorportal.backend.reconcile;

import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.inventory.ZoneRef;
import dev.supervisorportal.backend.reconcile.internal.ReconcileRun;
import dev.supervisorportal.backend.reconcile.internal.ReconcileRunRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** What the reconcile jobs did lately, per zone. */
@Service
@Transactional(readOnly = true)
public class ReconcileStatus {

    private final ReconcileRunRepository runs;
    private final InventoryService inventory;

    ReconcileStatus(ReconcileRunRepository runs, InventoryService inventory) {
        this.runs = runs;
        this.inventory = inventory;
    }

    /** Every zone with its last run, in zone-name order; empty for a zone whose job has not run yet. */
    @PreAuthorize("isAuthenticated()")
    public List<ZoneLastRun> lastRunPerZone() {
        return inventory.zoneRefs().stream()
                .map(ZoneRef::name)
                .map(zone -> new ZoneLastRun(zone,
                        runs.findFirstByZoneNameOrderByStartedAtDesc(zone).map(ReconcileRun::toView)))
                .toList();
    }

    public record ZoneLastRun(String zone, Optional<ReconcileRunView> lastRun) {
    }
}
