package dev.supervisorportal.backend.audit;

import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.inventory.ZoneRef;

import java.util.List;

/**
 * Not called by anything: {@code ArchitectureTest} imports it to show that an arrow the table does not hold (audit
 * to inventory, while the inventory records to the audit log) fails the table and closes a cycle.
 */
class AuditReadsTheInventoryArchFixture {

    List<ZoneRef> zonesToAudit(InventoryService inventory) {
        return inventory.zoneRefs();
    }
}
