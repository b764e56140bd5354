package dev.supervisorportal.backend.demo;

import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.inventory.ZoneRef;
import dev.supervisorportal.backend.users.Role;
import dev.supervisorportal.backend.users.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo: four ESXi hosts in each zone, and the accounts admin/admin, alice/alice (team-a) and bob/bob (team-b).
 * Seeded once, into an empty portal.
 */
@Component
@Profile("demo")
@Order(10)
class DemoData implements ApplicationRunner {

    static final int HOSTS_PER_ZONE = 4;
    /** A two-socket ESXi host: 48 cores at 2 GHz, 512 GiB of memory, 4 TiB of datastore. */
    static final long HOST_CPU_MHZ = 96_000;
    static final long HOST_MEMORY_MIB = 524_288;
    static final long HOST_STORAGE_GIB = 4_096;

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final UserAccounts users;
    private final InventoryService inventory;

    DemoData(UserAccounts users, InventoryService inventory) {
        this.users = users;
        this.inventory = inventory;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.find("admin").isPresent()) {
            return;
        }
        users.create("admin", "admin", Role.ADMIN, null);
        users.create("alice", "alice", Role.DEVOPS, "team-a");
        users.create("bob", "bob", Role.DEVOPS, "team-b");
        addHosts();
        log.info("Seeded the demo: users admin, alice, bob and {} hosts per zone", HOSTS_PER_ZONE);
    }

    private void addHosts() {
        for (ZoneRef zone : inventory.zoneRefs()) {
            String letter = zone.name().substring(zone.name().length() - 1);
            for (int i = 1; i <= HOSTS_PER_ZONE; i++) {
                inventory.addHost(zone.name(), String.format("esx-%s-%02d", letter, i),
                        HOST_CPU_MHZ, HOST_MEMORY_MIB, HOST_STORAGE_GIB);
            }
        }
    }
}
