package dev.supervisorportal.portal;

import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.inventory.SupervisorSettings;
import dev.supervisorportal.backend.inventory.internal.HostRepository;
import dev.supervisorportal.backend.quota.QuotaLedger;

import java.util.function.Consumer;

/**
 * Not used by anything: the portal's {@code ArchitectureTest} imports it to show that its rules fail when a page calls
 * a system-only operation (directly or as a method reference), uses a system-only class, or reaches into a feature's
 * {@code internal} package.
 */
class SeedsHostsFromAViewArchFixture {

    void addUncheckedHost(InventoryService inventory) {
        inventory.addHost("zone-a", "esx-a-99", 96_000, 524_288, 4_096);
    }

    Consumer<SupervisorSettings> setUpLater(InventoryService inventory) {
        return inventory::setUp;
    }

    long shareCount(QuotaLedger ledger, long namespaceId) {
        return ledger.shares(namespaceId).size();
    }

    long hostCount(HostRepository hosts) {
        return hosts.count();
    }
}
