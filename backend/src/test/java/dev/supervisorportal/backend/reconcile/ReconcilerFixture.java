package dev.supervisorportal.backend.reconcile;

import dev.supervisorportal.backend.SignedIn;
import dev.supervisorportal.backend.TestNamespaces;
import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.reconcile.internal.ZoneReconciler;
import dev.supervisorportal.backend.users.Role;
import dev.supervisorportal.backend.workloads.CreateVmCommand;
import dev.supervisorportal.backend.workloads.WorkloadService;
import dev.supervisorportal.backend.workloads.WorkloadView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.Supplier;

/** A namespace, hosts, VMs and cycles for the reconciler's tests, all through the real services. */
@Component
public class ReconcilerFixture {

    public static final long HOST_MEMORY_MIB = 524_288;
    public static final long HOST_STORAGE_GIB = 4_096;

    private final TestNamespaces setup;
    private final InventoryService inventory;
    private final WorkloadService workloads;
    private final ZoneReconciler reconciler;
    private final JdbcTemplate jdbc;

    public String owner;
    public String namespace;
    private String admin;

    ReconcilerFixture(TestNamespaces setup, InventoryService inventory, WorkloadService workloads,
                      ZoneReconciler reconciler, JdbcTemplate jdbc) {
        this.setup = setup;
        this.inventory = inventory;
        this.workloads = workloads;
        this.reconciler = reconciler;
        this.jdbc = jdbc;
    }

    /** A catalog and a namespace with room for 200,000 MHz per zone; its owner stays signed in. */
    public void namespace() {
        setup.seedCatalog();
        admin = setup.user("admin", Role.ADMIN, null);
        owner = setup.user("alice", Role.DEVOPS, null);
        namespace = setup.approvedNamespace(owner, 600_000, 3_145_728, 30_000);
    }

    /** Hosts {@code esx-<zone letter>-01} … of the given CPU capacity in the zone. */
    public void hosts(String zone, int count, long cpuMhz) {
        for (int i = 1; i <= count; i++) {
            host(zone, hostName(zone, i), cpuMhz);
        }
    }

    public void host(String zone, String name, long cpuMhz) {
        inventory.addHost(zone, name, cpuMhz, HOST_MEMORY_MIB, HOST_STORAGE_GIB);
    }

    public static String hostName(String zone, int i) {
        return String.format("esx-%s-%02d", zone.substring(zone.length() - 1), i);
    }

    /** A VM of the class in the zone, created by the owner (best-effort-large: 8,000 MHz, 16 GiB, 40 GiB disk). */
    public WorkloadView vm(String name, String vmClass, String zone) {
        SignedIn.as(owner, Role.DEVOPS);
        return workloads.createVm(namespace, new CreateVmCommand(name, vmClass, TestNamespaces.IMAGE,
                TestNamespaces.STORAGE_POLICY, 40L, zone));
    }

    public WorkloadView vm(String name) {
        SignedIn.as(owner, Role.DEVOPS);
        return workloads.vm(namespace, name);
    }

    public List<WorkloadView> vms() {
        SignedIn.as(owner, Role.DEVOPS);
        return workloads.vms(namespace);
    }

    /** Runs one cycle of the zone and returns what it did, in English. */
    public String cycle(String zone) {
        return reconciler.reconcile(zone).detail().english();
    }

    public <T> T asAdmin(Supplier<T> action) {
        SignedIn.as(admin, Role.ADMIN);
        try {
            return action.get();
        } finally {
            SignedIn.as(owner, Role.DEVOPS);
        }
    }

    /** Rows and versions that any write of a cycle would change: events, runs, and the workloads' versions. */
    public List<Long> writeMarks() {
        return List.of(count("select count(*) from reconcile_event"), count("select count(*) from reconcile_run"),
                count("select coalesce(sum(version), 0) from workload"),
                count("select count(*) from tkg_cluster where ready_at is not null"));
    }

    public long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
