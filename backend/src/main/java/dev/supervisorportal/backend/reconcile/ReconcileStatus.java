package dev.supervisorportal.backend.reconcile;

import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.inventory.ZoneRef;
import dev.supervisorportal.backend.reconcile.internal.LastCycles;
import dev.supervisorportal.backend.reconcile.internal.ReconcileRun;
import dev.supervisorportal.backend.reconcile.internal.ReconcileRunRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;

/** What the reconcile jobs did lately, per zone. */
@Service
@Transactional(readOnly = true)
public class ReconcileStatus {

    private final ReconcileRunRepository runs;
    private final LastCycles lastCycles;
    private final InventoryService inventory;

    ReconcileStatus(ReconcileRunRepository runs, LastCycles lastCycles, InventoryService inventory) {
        this.runs = runs;
        this.lastCycles = lastCycles;
        this.inventory = inventory;
    }

    /**
     * Every zone's last cycle and last change, in zone-name order: one query for all zones. The last cycle is the
     * later of the last one that did something (recorded by whichever node ran it) and the last idle cycle of this
     * node (idle cycles write nothing).
     */
    @PreAuthorize("isAuthenticated()")
    public List<ZoneCycles> cyclesPerZone() {
        return cycles(inventory.zoneRefs());
    }

    List<ZoneCycles> cycles(List<ZoneRef> zones) {
        Map<String, ReconcileRunView> changes = runs.findLatestPerZone().stream().map(ReconcileRun::toView)
                .collect(Collectors.toMap(ReconcileRunView::zone, run -> run, (a, b) -> a));
        return zones.stream().map(ZoneRef::name).map(zone -> {
            Optional<ReconcileRunView> lastChange = Optional.ofNullable(changes.get(zone));
            return new ZoneCycles(zone, later(lastChange, lastCycles.of(zone)), lastChange);
        }).toList();
    }

    /**
     * A number that grows whenever any portal node ran a cycle that did something (or failed): for the portal to
     * notice cycles of other nodes. It reveals nothing else, so it needs no signed-in user.
     */
    public long latestCycleMarker() {
        return runs.newestId().orElse(0L);
    }

    private static Optional<ReconcileRunView> later(Optional<ReconcileRunView> a, Optional<ReconcileRunView> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.or(() -> b);
        }
        return a.get().startedAt().isAfter(b.get().startedAt()) ? a : b;
    }

    /**
     * A zone's last cycle, and the last one that changed something (idle cycles write nothing).
     *
     * @param lastRun    empty until the zone's job has run
     * @param lastChange empty until a cycle of the zone has done something
     */
    public record ZoneCycles(String zone, Optional<ReconcileRunView> lastRun, Optional<ReconcileRunView> lastChange) {
    }
}
