package dev.supervisorportal.backend.demo;

import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.namespaces.NamespaceRequestCommand;
import dev.supervisorportal.backend.namespaces.NamespaceRequestService;
import dev.supervisorportal.backend.namespaces.QuotaRequestCommand;
import dev.supervisorportal.backend.namespaces.QuotaRequestService;
import dev.supervisorportal.backend.users.Role;
import dev.supervisorportal.backend.workloads.CreateTkgClusterCommand;
import dev.supervisorportal.backend.workloads.CreateVmCommand;
import dev.supervisorportal.backend.volumes.CreatePvcCommand;
import dev.supervisorportal.backend.volumes.UpdatePvcCommand;
import dev.supervisorportal.backend.volumes.VolumeService;
import dev.supervisorportal.backend.workloads.WorkloadService;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.Supplier;

/**
 * What the demo's people did before anyone first signs in, through the services a click goes through, each step
 * signed in as the one who takes it: alice and bob ask for namespaces, the admin approves (one with less CPU than
 * asked), rejects one and puts a host into maintenance; alice and bob create VMs and TKG clusters in theirs, which the
 * reconciler then places and starts like any others. Left waiting in the admin's queue: bob's namespace request and
 * alice's quota request. So the audit log, the events, the charts and every list show something at the first start.
 * The workloads fit either topology: admission picks their zones.
 */
@Component
@Profile("demo")
class DemoHistory {

    static final String SHOP = "team-a-shop";
    static final String CI = "team-a-ci";
    static final String SANDBOX = "team-a-sandbox";
    static final String ANALYTICS = "team-b-analytics";
    static final String STAGING = "team-b-staging";

    private static final String IMAGE = "ubuntu-24.04-server";
    private static final String STORAGE_POLICY = "vsan-default-storage-policy";
    private static final String KUBERNETES_RELEASE = "v1.30.1---vmware.1-fips.1-tkg.5";

    private final NamespaceRequestService namespaceRequests;
    private final QuotaRequestService quotaRequests;
    private final WorkloadService workloads;
    private final InventoryService inventory;
    private final VolumeService volumes;

    DemoHistory(NamespaceRequestService namespaceRequests, QuotaRequestService quotaRequests,
                WorkloadService workloads, InventoryService inventory, VolumeService volumes) {
        this.volumes = volumes;
        this.namespaceRequests = namespaceRequests;
        this.quotaRequests = quotaRequests;
        this.workloads = workloads;
        this.inventory = inventory;
    }

    /** Plays the demo's history on a portal that has its accounts, hosts and catalog; {@code hostInMaintenance} ends in maintenance. */
    void play(String hostInMaintenance) {
        long shop = asAlice(() -> ask(SHOP, 60_000, 196_608, 1_500,
                "Online shop: the storefront VMs, their database and the TKG cluster behind them"));
        long ci = asAlice(() -> ask(CI, 36_000, 98_304, 600, "CI runners for team-a's builds"));
        long sandbox = asAlice(() -> ask(SANDBOX, 12_000, 16_384, 100, "A place to try things out"));
        long analytics = asBob(() -> ask(ANALYTICS, 48_000, 196_608, 1_200,
                "Spark jobs and a notebook VM for the reporting team"));
        asAdmin(() -> {
            namespaceRequests.approve(shop);
            namespaceRequests.approveAdjusted(ci, 24_000L, 65_536L, 600L);
            namespaceRequests.reject(sandbox, "Try things out in team-a-ci; we do not run short-lived namespaces.");
            namespaceRequests.approve(analytics);
            return inventory.enterMaintenance(hostInMaintenance);
        });
        asAlice(() -> {
            vm(SHOP, "storefront-1", "best-effort-medium", 40);
            vm(SHOP, "storefront-2", "best-effort-medium", 40);
            vm(SHOP, "postgres-1", "guaranteed-large", 200);
            tkgCluster(SHOP, "shop-prod", 3, "best-effort-small", 2, "best-effort-medium");
            postgresData();
            vm(CI, "runner-1", "best-effort-large", 80);
            vm(CI, "runner-2", "best-effort-large", 80);
            return quotaRequests.submit(CI, new QuotaRequestCommand(36_000L, 98_304L, 600L,
                    "Release weeks: two more runners, as first asked"));
        });
        asBob(() -> {
            tkgCluster(ANALYTICS, "spark", 1, "best-effort-medium", 3, "best-effort-medium");
            vm(ANALYTICS, "notebook", "best-effort-xlarge", 100);
            return ask(STAGING, 24_000, 65_536, 300, "Staging for the reporting jobs before they run in team-b-analytics");
        });
    }

    private long ask(String name, long cpuMhz, long memoryMib, long storageGib, String justification) {
        return namespaceRequests.submit(new NamespaceRequestCommand(name, cpuMhz, memoryMib, storageGib, justification))
                .id();
    }

    /** A VM of the catalog's Ubuntu; admission picks its zone. */
    private void vm(String namespace, String name, String vmClass, long diskGib) {
        workloads.createVm(namespace, new CreateVmCommand(name, vmClass, IMAGE, STORAGE_POLICY, diskGib, null));
    }

    /** The shop database's data volume, in postgres-1's zone and attached to it (bound by the zone's first cycle). */
    private void postgresData() {
        String zone = workloads.vms(SHOP).stream().filter(vm -> vm.name().equals("postgres-1")).findFirst()
                .orElseThrow().zone();
        volumes.create(SHOP, new CreatePvcCommand("postgres-data", STORAGE_POLICY, 100L, null, zone));
        volumes.update(SHOP, "postgres-data", UpdatePvcCommand.attach("VM", "postgres-1", null));
    }

    private void tkgCluster(String namespace, String name, int controlPlaneNodes, String controlPlaneClass, int workers,
                            String workerClass) {
        workloads.createTkgCluster(namespace, new CreateTkgClusterCommand(name, KUBERNETES_RELEASE, controlPlaneNodes,
                controlPlaneClass, STORAGE_POLICY,
                List.of(new CreateTkgClusterCommand.NodePool("workers", workers, workerClass, null))));
    }

    private static <T> T asAlice(Supplier<T> step) {
        return SignedInAs.run("alice", Role.DEVOPS, step);
    }

    private static <T> T asBob(Supplier<T> step) {
        return SignedInAs.run("bob", Role.DEVOPS, step);
    }

    private static <T> T asAdmin(Supplier<T> step) {
        return SignedInAs.run("admin", Role.ADMIN, step);
    }
}
