package dev.supervisorportal.backend;

import dev.supervisorportal.backend.catalog.CatalogItemView;
import dev.supervisorportal.backend.catalog.CatalogKind;
import dev.supervisorportal.backend.catalog.CatalogService;
import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.inventory.DatastoreService;
import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.namespaces.NamespaceRequestCommand;
import dev.supervisorportal.backend.namespaces.NamespaceRequestService;
import dev.supervisorportal.backend.namespaces.NamespaceService;
import dev.supervisorportal.backend.namespaces.UpdateLimitsCommand;
import dev.supervisorportal.backend.reconcile.internal.ZoneReconciler;
import dev.supervisorportal.backend.users.Role;
import dev.supervisorportal.backend.volumes.CreatePvcCommand;
import dev.supervisorportal.backend.volumes.UpdatePvcCommand;
import dev.supervisorportal.backend.volumes.VolumeService;
import dev.supervisorportal.backend.workloads.ChangeTkgClusterCommand;
import dev.supervisorportal.backend.workloads.ChangeVmCommand;
import dev.supervisorportal.backend.workloads.CreateTkgClusterCommand;
import dev.supervisorportal.backend.workloads.CreateVmCommand;
import dev.supervisorportal.backend.workloads.PowerAction;
import dev.supervisorportal.backend.workloads.TkgClusterChanges;
import dev.supervisorportal.backend.workloads.TkgClusterView;
import dev.supervisorportal.backend.workloads.VmChangeService;
import dev.supervisorportal.backend.workloads.WorkloadService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Issue 13, point 6, at the database: seeded random histories of real service calls, signed in as the namespaces'
 * owners, in two namespaces of the three-zone Supervisor (VMs created, deleted, powered off, on, restarted, resized
 * up and down, their disks grown; small TKG clusters created, deleted, scaled, their pools' class changed and their
 * release upgraded; PVCs created, attached, detached, grown, deleted; zone cycles with their roll-out steps).
 * Refusals for quota, count limits and wrong state are outcomes; any other exception fails. After every step SQL over
 * the tables checks: each ledger row equals what its workloads and PVCs hold (overall and per storage policy) and stays
 * within its limit, each datastore's provisioned size equals its bound PVCs and fits its capacity, no host holds more
 * than it has, a powered-off VM is on no host, no cluster has more than one surge node. At the end, with room given,
 * every roll finishes and every node is built to its cluster's spec; deleting the namespaces frees everything.
 */
@TestPropertySource(properties = {"portal.reconcile.vm-start-delay=0s", "test.own-context=DayTwoHistoryIT"})
class DayTwoHistoryIT extends IntegrationTest {

    static final int STEPS = 75;
    static final String OLD = "v1.29.4---vmware.3-fips.1-tkg.1";
    static final String GOLD = "vsan-gold";
    static final List<String> ZONES = List.of("zone-a", "zone-b", "zone-c");
    static final List<String> CLASSES = List.of("best-effort-xsmall", "best-effort-small", "best-effort-medium",
            "best-effort-large");
    static final List<String> POLICIES = List.of(TestNamespaces.STORAGE_POLICY, GOLD);
    static final long HOST_MHZ = 16_000;
    static final long HOST_MIB = 49_152;
    static final long HOST_GIB = 400;
    static final long DATASTORE_GIB = 120;

    @Autowired
    TestNamespaces setup;
    @Autowired
    CatalogService catalog;
    @Autowired
    InventoryService inventory;
    @Autowired
    DatastoreService datastores;
    @Autowired
    NamespaceRequestService requests;
    @Autowired
    NamespaceService namespaces;
    @Autowired
    WorkloadService workloads;
    @Autowired
    VmChangeService vmChanges;
    @Autowired
    TkgClusterChanges clusterChanges;
    @Autowired
    VolumeService volumes;
    @Autowired
    ZoneReconciler reconciler;
    @Autowired
    JdbcTemplate jdbc;

    private Random random;
    private String admin;
    private final Map<String, String> owners = new TreeMap<>();
    private final Map<String, Integer> outcomes = new TreeMap<>();
    private Set<String> cycled = Set.of();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {13, 2026, 77_001, 424_242})
    void everyStepOfARandomDayTwoKeepsTheLedgersDatastoresAndHostsTrue(long seed) {
        random = new Random(seed);
        outcomes.clear();
        inventoryOnce();
        admin = setup.user("admin", Role.ADMIN, null);
        owners.clear();
        // alice's namespace has count limits and a limit for vsan-gold, bob's neither; both are tight on CPU.
        namespace("alice", 60_000, 300_000, 900, 3L, 1L, 3L, Map.of(GOLD, 150L));
        namespace("bob", 48_000, 200_000, 600, null, null, null, Map.of());

        for (int step = 0; step < STEPS; step++) {
            String namespace = pick(List.copyOf(owners.keySet()));
            SignedIn.as(owners.get(namespace), Role.DEVOPS);
            cycled = Set.of();
            String what = randomStep(namespace);
            assertInvariants("seed " + seed + ", step " + step + " (" + what + ")", cycled);
        }

        giveRoomAndSettle();
        assertInvariants("seed " + seed + ", settled", Set.copyOf(ZONES));
        assertEveryRollDone();
        deleteNamespaces();
        assertThat(count("select count(*) from workload where namespace_id is not null")).as("workloads left")
                .isZero();
        assertThat(count("select count(*) from persistent_volume_claim")).as("claims left").isZero();
        assertThat(count("select coalesce(sum(provisioned_gib), 0) from datastore")).as("provisioned").isZero();
        System.out.println("DayTwoHistoryIT seed " + seed + " outcomes: " + outcomes);
        assertThat(outcomes.keySet()).as("what seed %d did", seed).anyMatch(outcome -> outcome.endsWith(" done"))
                .anyMatch(outcome -> outcome.endsWith("Exception"));
    }

    // ---------------------------------------------------------------- the steps

    private String randomStep(String namespace) {
        int dice = random.nextInt(100);
        if (dice < 20) {
            String zone = pick(ZONES);
            String detail = reconciler.reconcile(zone).detail().english();
            outcomes.merge("cycle: " + (detail.startsWith("Nothing to do") ? "nothing to do" : "wrote"), 1,
                    Integer::sum);
            cycled = Set.of(zone);
            return "cycle " + zone;
        }
        if (dice < 30) {
            return createVm(namespace);
        }
        if (dice < 50) {
            return changeVm(namespace);
        }
        if (dice < 56) {
            return createCluster(namespace);
        }
        if (dice < 70) {
            return changeCluster(namespace);
        }
        if (dice < 78) {
            return createPvc(namespace);
        }
        return changePvc(namespace);
    }

    private String createVm(String namespace) {
        String name = "vm-" + random.nextInt(8);
        String zone = random.nextInt(4) == 0 ? null : pick(ZONES);
        CreateVmCommand command = new CreateVmCommand(name, pick(CLASSES), TestNamespaces.IMAGE, pick(POLICIES),
                10L + random.nextInt(30), zone);
        return attempt("create VM " + name, false, () -> workloads.createVm(namespace, command));
    }

    private String changeVm(String namespace) {
        List<String> vms = names("select name from workload where kind = 'VM' and namespace_id = ?", namespace);
        if (vms.isEmpty()) {
            return createVm(namespace);
        }
        String vm = pick(vms);
        int dice = random.nextInt(8);
        return switch (dice) {
            case 0 -> attempt("delete VM " + vm, false, () -> {
                workloads.deleteVm(namespace, vm);
                return null;
            });
            case 1, 2, 3 -> {
                PowerAction action = pick(List.of(PowerAction.values()));
                yield attempt("power " + action + " " + vm, false,
                        () -> vmChanges.changePower(namespace, vm, action, null));
            }
            case 4, 5 -> {
                String vmClass = pick(CLASSES);
                String now = jdbc.queryForObject("select vm_class from workload where kind = 'VM' and name = ? and"
                        + " namespace_id = (select id from namespace where name = ?)", String.class, vm, namespace);
                // the class it has is a change of nothing: refused as bad input
                yield attempt("resize " + vm + " to " + vmClass, vmClass.equals(now),
                        () -> vmChanges.changeVm(namespace, vm, new ChangeVmCommand(vmClass, null, null)));
            }
            default -> {
                long disk = count("select storage_gib from workload where kind = 'VM' and name = ? and namespace_id ="
                        + " (select id from namespace where name = ?)", vm, namespace);
                long asked = disk + random.nextInt(30) - 5;
                yield refusedIfShrink(asked < disk, attempt("grow disk of " + vm + " " + disk + " -> " + asked,
                        asked <= disk, () -> vmChanges.changeVm(namespace, vm, new ChangeVmCommand(null, asked, null))));
            }
        };
    }

    private String createCluster(String namespace) {
        String name = "c" + random.nextInt(3);
        int controlPlane = random.nextInt(3) == 0 ? 3 : 1;
        CreateTkgClusterCommand command = new CreateTkgClusterCommand(name,
                random.nextInt(4) == 0 ? TestNamespaces.RELEASE : OLD, controlPlane, "best-effort-xsmall",
                pick(POLICIES), List.of(new CreateTkgClusterCommand.NodePool("workers", 1 + random.nextInt(2),
                "best-effort-xsmall", random.nextBoolean() ? null : pick(ZONES))));
        return attempt("create cluster " + name, false, () -> workloads.createTkgCluster(namespace, command));
    }

    private String changeCluster(String namespace) {
        List<String> clusters = names("select name from tkg_cluster where namespace_id = ?", namespace);
        if (clusters.isEmpty()) {
            return createCluster(namespace);
        }
        String name = pick(clusters);
        TkgClusterView cluster = workloads.tkgCluster(namespace, name);
        int dice = random.nextInt(6);
        if (dice == 0) {
            return attempt("delete cluster " + name, false, () -> {
                workloads.deleteTkgCluster(namespace, name);
                return null;
            });
        }
        if (dice == 1) {
            // an upgrade of a cluster on the newest release is no upgrade: refused as bad input
            return attempt("upgrade " + name, !cluster.kubernetesRelease().equals(OLD),
                    () -> clusterChanges.change(namespace, name, new ChangeTkgClusterCommand(TestNamespaces.RELEASE,
                            null, null, null, null, null)));
        }
        List<CreateTkgClusterCommand.NodePool> pools = new ArrayList<>();
        String what;
        if (dice == 2) {
            what = "change class of " + name;
            cluster.nodePools().forEach(pool -> pools.add(new CreateTkgClusterCommand.NodePool(pool.name(),
                    pool.replicas(), pool.vmClass().equals("best-effort-xsmall") ? "best-effort-small"
                    : "best-effort-xsmall", pool.zone())));
        } else if (dice == 3 && cluster.nodePools().size() < 2) {
            what = "add pool to " + name;
            cluster.nodePools().forEach(pool -> pools.add(asIs(pool)));
            pools.add(new CreateTkgClusterCommand.NodePool("extra", 1, "best-effort-xsmall", pick(ZONES)));
        } else if (dice == 3) {
            what = "remove pool extra of " + name;
            cluster.nodePools().stream().filter(pool -> !pool.name().equals("extra")).forEach(pool ->
                    pools.add(asIs(pool)));
        } else {
            int replicas = random.nextInt(4);
            what = "scale " + name + " to " + replicas;
            cluster.nodePools().forEach(pool -> pools.add(new CreateTkgClusterCommand.NodePool(pool.name(),
                    pool.name().equals("workers") ? replicas : pool.replicas(), pool.vmClass(), pool.zone())));
        }
        // a class change while a roll is under way is a wrong state (409), as is a change of nothing's no-op
        return attempt(what, false, () -> clusterChanges.change(namespace, name,
                new ChangeTkgClusterCommand(null, null, null, null, pools, null)));
    }

    private static CreateTkgClusterCommand.NodePool asIs(TkgClusterView.NodePool pool) {
        return new CreateTkgClusterCommand.NodePool(pool.name(), pool.replicas(), pool.vmClass(), pool.zone());
    }

    private String createPvc(String namespace) {
        String name = "pvc-" + random.nextInt(6);
        CreatePvcCommand command = new CreatePvcCommand(name, pick(POLICIES), 5L + random.nextInt(50), null,
                random.nextInt(3) == 0 ? null : pick(ZONES));
        return attempt("create PVC " + name, false, () -> volumes.create(namespace, command));
    }

    private String changePvc(String namespace) {
        List<String> claims = names("select name from persistent_volume_claim where namespace_id = ?", namespace);
        if (claims.isEmpty()) {
            return createPvc(namespace);
        }
        String claim = pick(claims);
        int dice = random.nextInt(5);
        return switch (dice) {
            case 0 -> attempt("delete PVC " + claim, false, () -> {
                volumes.delete(namespace, claim);
                return null;
            });
            case 1 -> {
                List<String> vms = names("select name from workload where kind = 'VM' and namespace_id = ?",
                        namespace);
                if (vms.isEmpty()) {
                    yield "no VM to attach to";
                }
                String vm = pick(vms);
                yield attempt("attach " + claim + " to " + vm, false,
                        () -> volumes.update(namespace, claim, UpdatePvcCommand.attach("VM", vm, null)));
            }
            case 2 -> attempt("detach " + claim, false,
                    () -> volumes.update(namespace, claim, UpdatePvcCommand.detachIt(null)));
            default -> {
                long size = volumes.claim(namespace, claim).storageGib();
                long asked = size + random.nextInt(40) - 5;
                yield refusedIfShrink(asked < size, attempt("grow " + claim + " " + size + " -> " + asked,
                        asked <= size, () -> volumes.update(namespace, claim, UpdatePvcCommand.grow(asked, null))));
            }
        };
    }

    /**
     * Runs the call; a refusal for quota, a count limit or a wrong state (a taken name too) is an outcome, as is a
     * refusal of bad input when {@code badInputExpected} (a shrink, a change of nothing); anything else fails.
     */
    private String attempt(String what, boolean badInputExpected, Supplier<Object> call) {
        String outcome;
        try {
            call.get();
            outcome = "done";
        } catch (ConflictException refusal) {
            outcome = refusal.getClass().getSimpleName();
        } catch (InvalidInputException refusal) {
            if (!badInputExpected) {
                throw new AssertionError(what + " was refused as bad input: " + refusal.getMessage(), refusal);
            }
            outcome = "InvalidInputException";
        }
        outcomes.merge(what.replaceAll("\\b(vm|pvc|c)-?\\d\\b", "X").replaceAll(" (to|\\d).*$", "") + ": " + outcome,
                1, Integer::sum);
        return what + ": " + outcome;
    }

    /** A shrink is always refused as bad input, whatever else holds. */
    private static String refusedIfShrink(boolean shrink, String outcome) {
        if (shrink) {
            assertThat(outcome).as("a shrink").endsWith("InvalidInputException");
        }
        return outcome;
    }

    // ---------------------------------------------------------------- the invariants

    private void assertInvariants(String when, Set<String> cycledZones) {
        assertLedgerIsTheSumOfWhatItHolds(when);
        assertPolicyLedgerIsTheSumOfWhatItHolds(when);
        assertThat(count("select count(*) from zone_quota where cpu_used_mhz > cpu_limit_mhz"
                + " or memory_used_mib > memory_limit_mib or storage_used_gib > storage_limit_gib"))
                .as("zone shares over their limit after %s", when).isZero();
        assertThat(count("select count(*) from zone_policy_quota where limit_gib is not null and used_gib > limit_gib"))
                .as("policy shares over their limit after %s", when).isZero();
        assertThat(jdbc.queryForList("select d.name, d.provisioned_gib, d.capacity_gib,"
                + " (select coalesce(sum(c.storage_gib), 0) from persistent_volume_claim c where c.datastore_id = d.id)"
                + " as bound from datastore d")).as("datastores after %s", when).allSatisfy(row -> {
            assertThat(((Number) row.get("provisioned_gib")).longValue()).as("%s", row)
                    .isEqualTo(((Number) row.get("bound")).longValue())
                    .isLessThanOrEqualTo(((Number) row.get("capacity_gib")).longValue());
        });
        assertThat(hostsOverCapacity(cycledZones)).as("hosts over capacity after %s", when).isEmpty();
        assertThat(count("select count(*) from workload where status = 'POWERED_OFF' and host_id is not null"))
                .as("powered-off VMs on a host after %s", when).isZero();
        assertThat(surplusNodes()).as("clusters with more than one surge node after %s", when)
                .allSatisfy((cluster, surplus) -> assertThat(surplus).as(cluster).isLessThanOrEqualTo(1));
    }

    private void assertLedgerIsTheSumOfWhatItHolds(String when) {
        Map<String, List<Long>> held = new TreeMap<>();
        jdbc.queryForList("select namespace_id, zone_id, sum(cpu_mhz) as cpu, sum(memory_mib) as mem,"
                + " sum(storage_gib) as gib from workload where namespace_id is not null group by namespace_id, zone_id").forEach(row ->
                held.merge(key(row.get("namespace_id"), row.get("zone_id")), List.of(num(row.get("cpu")),
                        num(row.get("mem")), num(row.get("gib"))), DayTwoHistoryIT::plus));
        jdbc.queryForList("select namespace_id, zone_id, sum(storage_gib) as gib from persistent_volume_claim"
                + " group by namespace_id, zone_id").forEach(row -> held.merge(key(row.get("namespace_id"),
                row.get("zone_id")), List.of(0L, 0L, num(row.get("gib"))), DayTwoHistoryIT::plus));
        Map<String, List<Long>> ledger = new TreeMap<>();
        jdbc.queryForList("select namespace_id, zone_id, cpu_used_mhz, memory_used_mib, storage_used_gib"
                + " from zone_quota").forEach(row -> ledger.put(key(row.get("namespace_id"), row.get("zone_id")),
                List.of(num(row.get("cpu_used_mhz")), num(row.get("memory_used_mib")),
                        num(row.get("storage_used_gib")))));
        held.forEach((key, sum) -> assertThat(ledger.get(key)).as("ledger of namespace/zone %s after %s", key, when)
                .isEqualTo(sum));
        ledger.forEach((key, used) -> assertThat(used).as("ledger of namespace/zone %s after %s", key, when)
                .isEqualTo(held.getOrDefault(key, List.of(0L, 0L, 0L))));
    }

    private void assertPolicyLedgerIsTheSumOfWhatItHolds(String when) {
        Map<String, Long> held = new TreeMap<>();
        jdbc.queryForList("select namespace_id, zone_id, storage_policy, sum(storage_gib) as gib from workload"
                + " where namespace_id is not null and storage_policy is not null group by namespace_id, zone_id, storage_policy").forEach(row ->
                held.merge(key(row.get("namespace_id"), row.get("zone_id")) + "/" + row.get("storage_policy"),
                        num(row.get("gib")), Long::sum));
        jdbc.queryForList("select namespace_id, zone_id, storage_policy, sum(storage_gib) as gib from"
                + " persistent_volume_claim group by namespace_id, zone_id, storage_policy").forEach(row ->
                held.merge(key(row.get("namespace_id"), row.get("zone_id")) + "/" + row.get("storage_policy"),
                        num(row.get("gib")), Long::sum));
        Map<String, Long> ledger = jdbc.queryForList("select namespace_id, zone_id, storage_policy, used_gib"
                + " from zone_policy_quota").stream().collect(Collectors.toMap(row -> key(row.get("namespace_id"),
                row.get("zone_id")) + "/" + row.get("storage_policy"), row -> num(row.get("used_gib"))));
        held.forEach((key, sum) -> assertThat(ledger.get(key)).as("policy ledger %s after %s", key, when)
                .isEqualTo(sum));
        ledger.forEach((key, used) -> assertThat(used).as("policy ledger %s after %s", key, when)
                .isEqualTo(held.getOrDefault(key, 0L)));
    }

    /**
     * Hosts whose workloads need more than the host has. A VM resized on its host takes its new size at the restart
     * the next cycle of its zone carries out, so until then it is counted only right after that zone's cycle.
     */
    private List<String> hostsOverCapacity(Set<String> cycledZones) {
        return jdbc.queryForList("select h.name, z.name as zone, h.cpu_mhz, h.memory_mib, h.storage_gib,"
                + " sum(w.cpu_mhz) as cpu, sum(w.memory_mib) as mem, sum(w.storage_gib) as gib,"
                + " sum(case when w.restart_requested then 1 else 0 end) as restarts"
                + " from host h join zone z on z.id = h.zone_id join workload w on w.host_id = h.id"
                + " group by h.name, z.name, h.cpu_mhz, h.memory_mib, h.storage_gib").stream()
                .filter(row -> num(row.get("restarts")) == 0 || cycledZones.contains((String) row.get("zone")))
                .filter(row -> num(row.get("cpu")) > num(row.get("cpu_mhz"))
                        || num(row.get("mem")) > num(row.get("memory_mib"))
                        || num(row.get("gib")) > num(row.get("storage_gib")))
                .map(Object::toString).toList();
    }

    /** Per cluster: how many nodes its groups (control plane, each pool) hold above their desired counts. */
    private Map<String, Long> surplusNodes() {
        Map<String, Long> surplus = new HashMap<>();
        jdbc.queryForList("select c.id, c.name, c.control_plane_nodes,"
                + " (select count(*) from workload w where w.cluster_id = c.id and w.node_pool is null) as cp"
                + " from tkg_cluster c").forEach(row -> surplus.merge(row.get("id") + "/" + row.get("name"),
                Math.max(0, num(row.get("cp")) - num(row.get("control_plane_nodes"))), Long::sum));
        jdbc.queryForList("select c.id, c.name, p.replicas,"
                + " (select count(*) from workload w where w.cluster_id = c.id and w.node_pool = p.name) as nodes"
                + " from tkg_cluster c join tkg_node_pool p on p.cluster_id = c.id").forEach(row ->
                surplus.merge(row.get("id") + "/" + row.get("name"),
                        Math.max(0, num(row.get("nodes")) - num(row.get("replicas"))), Long::sum));
        assertThat(count("select count(*) from workload w where w.node_pool is not null and not exists (select 1"
                + " from tkg_node_pool p where p.cluster_id = w.cluster_id and p.name = w.node_pool)"))
                .as("nodes of a pool that is gone").isZero();
        return surplus;
    }

    // ---------------------------------------------------------------- the end of a history

    /** The admin makes room (limits, hosts); then cycles run until every zone is quiet and no cluster rolls. */
    private void giveRoomAndSettle() {
        SignedIn.as(admin, Role.ADMIN);
        owners.keySet().forEach(namespace -> {
            namespaces.setStoragePolicyLimits(namespace, Map.of());
            namespaces.updateLimits(namespace, new UpdateLimitsCommand(3_000_000L, 30_000_000L, 300_000L, null, null,
                    null, null, "room for the rolls to finish", null));
        });
        ZONES.forEach(zone -> inventory.addHost(zone, "big-" + zone + "-" + TestNamespaces.shortId(), 400_000,
                4_000_000, 40_000));
        for (int round = 0; round < 80; round++) {
            List<String> details = ZONES.stream().map(zone -> reconciler.reconcile(zone).detail().english()).toList();
            assertInvariants("settling round " + round, Set.copyOf(ZONES));
            if (details.stream().allMatch(detail -> detail.startsWith("Nothing to do"))
                    && count("select count(*) from tkg_cluster where rolling") == 0) {
                return;
            }
        }
        fail("the zones did not settle in 80 rounds: " + jdbc.queryForList(
                "select name, rolling, rollout_note from tkg_cluster"));
    }

    private void assertEveryRollDone() {
        assertThat(count("select count(*) from workload w join tkg_cluster c on c.id = w.cluster_id"
                + " where w.kubernetes_release <> c.kubernetes_release")).as("nodes on another release").isZero();
        assertThat(count("select count(*) from workload w join tkg_cluster c on c.id = w.cluster_id"
                + " left join tkg_node_pool p on p.cluster_id = c.id and p.name = w.node_pool"
                + " where w.vm_class <> coalesce(p.vm_class, c.control_plane_vm_class)"))
                .as("nodes of another VM class").isZero();
        assertThat(surplusNodes()).allSatisfy((cluster, surplus) -> assertThat(surplus).as(cluster).isZero());
        assertThat(count("select count(*) from tkg_cluster c where (select count(*) from workload w"
                + " where w.cluster_id = c.id) <> c.control_plane_nodes + (select coalesce(sum(p.replicas), 0)"
                + " from tkg_node_pool p where p.cluster_id = c.id)")).as("clusters not at their size").isZero();
        assertThat(count("select count(*) from workload where restart_requested")).as("restarts left").isZero();
        assertThat(count("select count(*) from workload where (power_state = 'OFF') <> (status = 'POWERED_OFF')"))
                .as("VMs not in the power state asked for").isZero();
        assertThat(count("select count(*) from workload where status <> 'RUNNING' and status <> 'POWERED_OFF'"))
                .as("workloads not running with room everywhere").isZero();
    }

    private void deleteNamespaces() {
        SignedIn.as(admin, Role.ADMIN);
        owners.keySet().forEach(namespace -> namespaces.delete(namespace, true, namespace));
        assertInvariants("namespaces deleted", Set.of());
    }

    // ---------------------------------------------------------------- setup and helpers

    /** Two hosts per zone, a small datastore per zone in place of the vSAN one; once per database. */
    private void inventoryOnce() {
        if (count("select count(*) from host") > 0) {
            return;
        }
        setup.seedCatalog();
        SignedIn.as(setup.user("admin", Role.ADMIN, null), Role.ADMIN);
        catalog.addItem(new CatalogItemView(CatalogKind.KUBERNETES_RELEASE, OLD, "1.29"));
        for (String zone : ZONES) {
            for (int i = 1; i <= 2; i++) {
                inventory.addHost(zone, "esx-" + zone.charAt(zone.length() - 1) + "-0" + i, HOST_MHZ, HOST_MIB,
                        HOST_GIB);
            }
            datastores.addDatastore(zone, "small-" + zone, DATASTORE_GIB);
            datastores.enterMaintenance("vsanDatastore-" + zone);
        }
    }

    private void namespace(String prefix, long cpuMhz, long memoryMib, long storageGib, Long maxVms,
                             Long maxClusters, Long maxPvcs, Map<String, Long> policyLimits) {
        String owner = setup.user(prefix, Role.DEVOPS, null);
        String name = "ns-" + TestNamespaces.shortId();
        SignedIn.as(owner, Role.DEVOPS);
        long id = requests.submit(new NamespaceRequestCommand(name, cpuMhz, memoryMib, storageGib, "history",
                maxVms, maxClusters, null, maxPvcs)).id();
        SignedIn.as(admin, Role.ADMIN);
        requests.approveWithPolicyLimits(id, null, policyLimits);
        owners.put(name, owner);
    }

    private List<String> names(String sql, String namespace) {
        return jdbc.queryForList(sql.replace("namespace_id = ?", "namespace_id = (select id from namespace"
                + " where name = ?)") + " order by name", String.class, namespace);
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private static String key(Object namespaceId, Object zoneId) {
        return namespaceId + "/" + zoneId;
    }

    private static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static List<Long> plus(List<Long> a, List<Long> b) {
        return List.of(a.get(0) + b.get(0), a.get(1) + b.get(1), a.get(2) + b.get(2));
    }
}
