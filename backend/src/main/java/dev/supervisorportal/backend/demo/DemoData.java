package dev.supervisorportal.backend.demo;

import dev.supervisorportal.backend.catalog.CatalogItemView;
import dev.supervisorportal.backend.catalog.CatalogKind;
import dev.supervisorportal.backend.catalog.CatalogService;
import dev.supervisorportal.backend.catalog.StandardVmClasses;
import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.inventory.ZoneRef;
import dev.supervisorportal.backend.users.Role;
import dev.supervisorportal.backend.users.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * The demo: four ESXi hosts in each zone, the accounts admin/admin, alice/alice (team-a) and bob/bob (team-b), a
 * catalog of vSphere's default VM classes, a few images, storage policies and Kubernetes releases, and what these
 * people did with them ({@link DemoHistory}): namespaces with VMs and TKG clusters, requests waiting, a host in
 * maintenance. Seeded once, into a portal without hosts, in one transaction: all of it or, should the start fail,
 * none. The reconcile jobs, started when the portal is ready, place the workloads in their first cycle and start them
 * a few seconds later. With the profile {@code ldap-demo} the same people come from the demo directory
 * ({@link DemoDirectory}) and get their accounts at their first sign-in, so there are no accounts yet to act as: only
 * the hosts and the catalog are seeded.
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
    private final CatalogService catalog;
    private final DemoHistory history;
    /** Off in the profile ldap-demo, whose directory holds the same people. */
    private final boolean localAccounts;

    DemoData(UserAccounts users, InventoryService inventory, CatalogService catalog, DemoHistory history,
             @Value("${portal.local-accounts.enabled:true}") boolean localAccounts) {
        this.users = users;
        this.localAccounts = localAccounts;
        this.inventory = inventory;
        this.catalog = catalog;
        this.history = history;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!inventory.hosts().isEmpty()) {
            return;
        }
        if (localAccounts) {
            users.create("admin", "admin", Role.ADMIN, null);
            users.create("alice", "alice", Role.DEVOPS, "team-a");
            users.create("bob", "bob", Role.DEVOPS, "team-b");
        }
        addHosts();
        catalog.seed(StandardVmClasses.all(), List.of(
                new CatalogItemView(CatalogKind.IMAGE, "ubuntu-22.04-server", "Ubuntu 22.04 LTS, cloud-init"),
                new CatalogItemView(CatalogKind.IMAGE, "ubuntu-24.04-server", "Ubuntu 24.04 LTS, cloud-init"),
                new CatalogItemView(CatalogKind.IMAGE, "photon-5", "VMware Photon OS 5"),
                new CatalogItemView(CatalogKind.IMAGE, "rocky-9", "Rocky Linux 9"),
                new CatalogItemView(CatalogKind.STORAGE_POLICY, "vsan-default-storage-policy", "vSAN, RAID-1"),
                new CatalogItemView(CatalogKind.STORAGE_POLICY, "vsan-gold", "vSAN, RAID-1, all-flash"),
                new CatalogItemView(CatalogKind.KUBERNETES_RELEASE, "v1.30.1---vmware.1-fips.1-tkg.5", "Kubernetes 1.30.1"),
                new CatalogItemView(CatalogKind.KUBERNETES_RELEASE, "v1.29.4---vmware.3-fips.1-tkg.1", "Kubernetes 1.29.4"),
                new CatalogItemView(CatalogKind.KUBERNETES_RELEASE, "v1.28.8---vmware.1-fips.1-tkg.2", "Kubernetes 1.28.8")));
        if (localAccounts) {
            history.play(hostName(inventory.zoneRefs().getLast(), HOSTS_PER_ZONE));
        }
        log.info("Seeded the demo: {} and {} hosts per zone",
                localAccounts ? "users admin, alice, bob, their namespaces and workloads"
                        : "no local users (they come from the directory)",
                HOSTS_PER_ZONE);
    }

    private void addHosts() {
        for (ZoneRef zone : inventory.zoneRefs()) {
            for (int i = 1; i <= HOSTS_PER_ZONE; i++) {
                inventory.addHost(zone.name(), hostName(zone, i), HOST_CPU_MHZ, HOST_MEMORY_MIB, HOST_STORAGE_GIB);
            }
        }
    }

    /** The {@code i}-th host of a zone: {@code esx-b-02} in zone-b. */
    private static String hostName(ZoneRef zone, int i) {
        return String.format("esx-%s-%02d", zone.name().substring(zone.name().length() - 1), i);
    }
}
