package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.reconcile.internal.ZoneReconciler;
import dev.supervisorportal.backend.users.Role;
import dev.supervisorportal.backend.workloads.CreateVmCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Hosts through the API: an admin adds hosts, a VM is placed on one, the host fails and vSphere HA restarts the VM on
 * another host of its zone, the host recovers; maintenance in and out; the Supervisor's health, events per namespace
 * and for all. Every refusal (role, unknown host, wrong transition, bad input) is a problem detail and writes nothing.
 * Cycles run when the test runs them, with no start delay, so a VM runs after its second cycle. The tests share one
 * database, so a zone may hold other tests' hosts too.
 */
@TestPropertySource(properties = "portal.reconcile.vm-start-delay=0s")
class HostApiIT extends ApiIntegrationTest {

    static final String ZONE = "zone-b";

    @Autowired
    ZoneReconciler reconciler;

    String alice;
    String admin;

    @BeforeEach
    void users() {
        alice = user("alice", Role.DEVOPS, unique("team"));
        admin = user("admin", Role.ADMIN, null);
    }

    @Test
    void aFailedHostsVmIsRestartedOnAnotherHostOfItsZoneAndTheHostRecovers() {
        addHost(unique("esx-b"));
        addHost(unique("esx-b"));
        String ns = approvedNamespace(alice, admin, 60_000, 262_144, 2_000);
        Reply created = post(alice, "/api/v1/namespaces/" + ns + "/vms",
                new CreateVmCommand("web-1", "best-effort-small", UBUNTU, VSAN, 20L, ZONE));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        reconcileTwice();

        JsonNode vm = get(alice, "/api/v1/namespaces/" + ns + "/vms/web-1").json();
        assertThat(vm.path("status").asString()).isEqualTo("RUNNING");
        String ranOn = vm.path("host").asString();
        assertThat(ranOn).isNotBlank();
        assertThat(workloadsOn(ranOn)).contains(ns + "/web-1");

        Reply failed = post(admin, "/api/v1/hosts/" + ranOn + "/failure", null);
        assertThat(failed.status()).as(failed.body()).isEqualTo(200);
        assertThat(failed.json().path("state").asString()).isEqualTo("FAILED");
        reconcileTwice();

        vm = get(alice, "/api/v1/namespaces/" + ns + "/vms/web-1").json();
        assertThat(vm.path("status").asString()).isEqualTo("RUNNING");
        String other = vm.path("host").asString();
        assertThat(other).isNotBlank().isNotEqualTo(ranOn);
        assertThat(get(admin, "/api/v1/hosts/" + other).json().path("zone").asString()).isEqualTo(ZONE);
        JsonNode failedHost = get(admin, "/api/v1/hosts/" + ranOn).json();
        assertThat(failedHost.path("state").asString()).isEqualTo("FAILED");
        assertThat(failedHost.path("workloads").values()).isEmpty();
        assertThat(workloadsOn(other)).contains(ns + "/web-1");

        List<JsonNode> events = List.copyOf(get(alice, "/api/v1/namespaces/" + ns + "/events?limit=10").json().values());
        assertThat(events).extracting(e -> e.path("type").asString(), e -> e.path("fromHost").asString(""),
                        e -> e.path("toHost").asString(""))
                .containsExactly(tuple("STARTED", "", other), tuple("PLACED", ranOn, other), tuple("RESTARTING", ranOn, ""),
                        tuple("STARTED", "", ranOn), tuple("PLACED", "", ranOn));
        assertThat(events).allSatisfy(e -> assertThat(e.path("namespace").asString()).isEqualTo(ns));
        assertThat(get(admin, "/api/v1/events?limit=500").json().values())
                .extracting(e -> e.path("workload").asString(), e -> e.path("type").asString())
                .contains(tuple("web-1", "RESTARTING"));
        assertThat(get(admin, "/api/v1/hosts/" + ranOn + "/events").json().values())
                .extracting(e -> e.path("type").asString()).contains("RESTARTING", "PLACED");

        Reply recovered = delete(admin, "/api/v1/hosts/" + ranOn + "/failure");
        assertThat(recovered.status()).as(recovered.body()).isEqualTo(200);
        assertThat(recovered.json().path("state").asString()).isEqualTo("READY");
    }

    @Test
    void maintenanceMovesTheWorkloadsAwayAndEndsOnExit() {
        addHost(unique("esx-b"));
        addHost(unique("esx-b"));
        String ns = approvedNamespace(alice, admin, 60_000, 262_144, 2_000);
        post(alice, "/api/v1/namespaces/" + ns + "/vms",
                new CreateVmCommand("db-1", "best-effort-small", UBUNTU, VSAN, 20L, ZONE));
        reconcileTwice();
        String ranOn = get(alice, "/api/v1/namespaces/" + ns + "/vms/db-1").json().path("host").asString();
        assertThat(ranOn).isNotBlank();

        Reply entered = post(admin, "/api/v1/hosts/" + ranOn + "/maintenance", null);
        assertThat(entered.status()).as(entered.body()).isEqualTo(200);
        assertThat(entered.json().path("state").asString()).isEqualTo("MAINTENANCE");
        reconcileTwice();
        assertThat(get(alice, "/api/v1/namespaces/" + ns + "/vms/db-1").json().path("host").asString())
                .isNotBlank().isNotEqualTo(ranOn);
        assertThat(get(admin, "/api/v1/hosts/" + ranOn).json().path("note").asString())
                .isEqualTo("In maintenance: no workloads left.");

        Reply exited = delete(admin, "/api/v1/hosts/" + ranOn + "/maintenance");
        assertThat(exited.status()).as(exited.body()).isEqualTo(200);
        assertThat(exited.json().path("state").asString()).isEqualTo("READY");
    }

    @Test
    void anAddedHostIsListedInItsZoneWithItsCapacityAndALocation() {
        String name = unique("esx-c");
        Reply added = post(admin, "/api/v1/hosts", host("zone-c", name, 48_000L));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.location()).endsWith("/api/v1/hosts/" + name);
        assertThat(added.json().path("state").asString()).isEqualTo("READY");

        JsonNode zones = get(admin, "/api/v1/hosts").json();
        assertThat(zones.values()).extracting(z -> z.path("name").asString())
                .containsExactly("zone-a", "zone-b", "zone-c");
        JsonNode listed = zones.values().stream().filter(z -> z.path("name").asString().equals("zone-c"))
                .flatMap(z -> z.path("hosts").values().stream())
                .filter(h -> h.path("name").asString().equals(name)).findFirst().orElseThrow();
        assertThat(listed.path("capacity").path("cpuMhz").asLong()).isEqualTo(48_000);
        assertThat(listed.path("used").path("cpuMhz").asLong()).isZero();
        assertThat(get(admin, "/api/v1/hosts/" + name).json().path("zone").asString()).isEqualTo("zone-c");
        assertThat(get(admin, "/api/v1/audit?limit=50").json().values())
                .filteredOn(entry -> entry.path("targetName").asString().equals(name))
                .extracting(entry -> entry.path("action").asString(), entry -> entry.path("detail").asString())
                .containsExactly(tuple("HOST_ADDED", "to zone-c: CPU 48,000 MHz, memory 262,144 MiB, storage 4,000 GiB"));
    }

    @Test
    void everyoneSeesTheSupervisorsHealthAndTheLastCycles() {
        addHost(unique("esx-b"));
        reconcileTwice();
        JsonNode health = get(alice, "/api/v1/supervisor/health").json();
        assertThat(health.path("controlPlaneVms").values()).hasSize(3);
        assertThat(health.path("summary").asString()).isNotBlank();
        assertThat(health.path("controlPlaneVms").values()).filteredOn(vm -> vm.path("zone").asString().equals(ZONE))
                .singleElement().satisfies(vm -> assertThat(vm.path("status").asString()).isEqualTo("RUNNING"));
        assertThat(get(alice, "/api/v1/supervisor/reconcile-runs").json().values())
                .extracting(run -> run.path("zone").asString()).contains(ZONE);
    }

    @Test
    void whenTheLeadersHostFailsTheNextRunningControlPlaneVmHoldsTheFloatingAddress() {
        addHost(unique("esx-b"));
        reconcileTwice();
        String zoneAHost = unique("esx-a");
        assertThat(post(admin, "/api/v1/hosts", host("zone-a", zoneAHost, 40_000L)).status()).isEqualTo(201);
        reconciler.reconcile("zone-a");
        reconciler.reconcile("zone-a");
        assertThat(floatingAddressHolder()).isEqualTo("SupervisorControlPlaneVM (1)");

        assertThat(post(admin, "/api/v1/hosts/" + zoneAHost + "/failure", null).status()).isEqualTo(200);
        reconciler.reconcile("zone-a");

        assertThat(floatingAddressHolder()).isEqualTo("SupervisorControlPlaneVM (2)");
        assertThat(get(alice, "/api/v1/supervisor").json().path("controlPlaneVms").values())
                .extracting(vm -> vm.path("leader").asBoolean()).containsExactly(false, true, false);
        assertThat(delete(admin, "/api/v1/hosts/" + zoneAHost + "/failure").status()).isEqualTo(200);
    }

    private String floatingAddressHolder() {
        return get(alice, "/api/v1/supervisor").json().path("managementIps").values().stream()
                .filter(ip -> ip.path("purpose").asString().equals("FLOATING_LEADER"))
                .map(ip -> ip.path("heldBy").asString()).findFirst().orElseThrow();
    }

    @Test
    void onlyAdminsSeeAndChangeHostsAndSeeAllEvents() {
        String host = addHost(unique("esx-b"));
        String devops = alice;
        for (Supplier<Reply> call : List.<Supplier<Reply>>of(
                () -> get(devops, "/api/v1/hosts"),
                () -> get(devops, "/api/v1/hosts/" + host),
                () -> get(devops, "/api/v1/hosts/" + host + "/events"),
                () -> post(devops, "/api/v1/hosts", host(ZONE, unique("esx-b"), 10_000L)),
                () -> post(devops, "/api/v1/hosts/" + host + "/maintenance", null),
                () -> delete(devops, "/api/v1/hosts/" + host + "/maintenance"),
                () -> post(devops, "/api/v1/hosts/" + host + "/failure", null),
                () -> delete(devops, "/api/v1/hosts/" + host + "/failure"),
                () -> get(devops, "/api/v1/events"))) {
            assertRefused(403, "Only administrators may do this.", call);
        }
        assertRefused(401, "Sign in with HTTP Basic: your portal user name and password.",
                () -> get(null, "/api/v1/hosts"));

        String ns = approvedNamespace(alice, admin, 10_000, 65_536, 500);
        String stranger = user("stranger", Role.DEVOPS, null);
        Reply refused = get(stranger, "/api/v1/namespaces/" + ns + "/events").assertProblem(404);
        assertThat(refused.detail()).contains(ns);
    }

    @Test
    void anUnknownHostIs404() {
        for (Supplier<Reply> call : List.<Supplier<Reply>>of(
                () -> get(admin, "/api/v1/hosts/esx-nowhere"),
                () -> get(admin, "/api/v1/hosts/esx-nowhere/events"),
                () -> post(admin, "/api/v1/hosts/esx-nowhere/maintenance", null),
                () -> delete(admin, "/api/v1/hosts/esx-nowhere/maintenance"),
                () -> post(admin, "/api/v1/hosts/esx-nowhere/failure", null),
                () -> delete(admin, "/api/v1/hosts/esx-nowhere/failure"))) {
            assertRefused(404, "The Supervisor has no host named esx-nowhere.", call);
        }
        assertRefused(404, "No namespace named nowhere.",
                () -> get(admin, "/api/v1/namespaces/nowhere/events"));
    }

    @Test
    void aTransitionTheHostsStateDoesNotAllowIs409WithTheReason() {
        String host = addHost(unique("esx-b"));
        assertRefused(409, host + " is READY already.", () -> delete(admin, "/api/v1/hosts/" + host + "/maintenance"));
        assertRefused(409, host + " is READY already.", () -> delete(admin, "/api/v1/hosts/" + host + "/failure"));

        assertThat(post(admin, "/api/v1/hosts/" + host + "/failure", null).status()).isEqualTo(200);
        assertRefused(409, host + " is FAILED already.", () -> post(admin, "/api/v1/hosts/" + host + "/failure", null));
        assertRefused(409, host + " is FAILED; only a READY host can enter maintenance (recover it first).",
                () -> post(admin, "/api/v1/hosts/" + host + "/maintenance", null));
        assertRefused(409, host + " is FAILED; recover it instead.",
                () -> delete(admin, "/api/v1/hosts/" + host + "/maintenance"));

        assertThat(delete(admin, "/api/v1/hosts/" + host + "/failure").status()).isEqualTo(200);
        assertThat(post(admin, "/api/v1/hosts/" + host + "/maintenance", null).status()).isEqualTo(200);
        assertRefused(409, host + " is MAINTENANCE; exit maintenance instead.",
                () -> delete(admin, "/api/v1/hosts/" + host + "/failure"));
        Reply taken = post(admin, "/api/v1/hosts", host(ZONE, host, 10_000L));
        assertThat(taken.assertProblem(409).errors()).extracting(e -> e.field()).containsExactly("name");
    }

    @Test
    void badInputIs400NamingEachFieldAndWritesNothing() {
        Map<String, Long> before = snapshot();
        Reply missing = post(admin, "/api/v1/hosts", Map.of()).assertProblem(400);
        assertThat(missing.errors()).extracting(e -> e.field())
                .containsExactly("name", "zone", "cpuMhz", "memoryMib", "storageGib");

        Reply wrong = post(admin, "/api/v1/hosts", new LinkedHashMap<>(Map.of("zone", ZONE, "name", "ESX_01",
                "cpuMhz", 0, "memoryMib", -1, "storageGib", 100))).assertProblem(400);
        assertThat(wrong.errors()).extracting(e -> e.field()).containsExactly("name", "cpuMhz", "memoryMib");
        assertThat(wrong.errors().getFirst().message()).contains("'ESX_01' is no host name");

        Reply noZone = post(admin, "/api/v1/hosts", host("zone-x", unique("esx"), 10_000L)).assertProblem(400);
        assertThat(noZone.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("zone");
            assertThat(e.message()).isEqualTo("The Supervisor has no zone named zone-x; it has zone-a, zone-b, zone-c.");
        });

        Reply unreadable = post(admin, "/api/v1/hosts", "{\"zone\": \"zone-a\", \"cpuMhz\": \"lots\"}").assertProblem(400);
        assertThat(unreadable.errors()).extracting(e -> e.field()).containsExactly("cpuMhz");

        assertThat(get(admin, "/api/v1/events?limit=0").assertProblem(400).errors())
                .extracting(e -> e.field()).containsExactly("limit");
        assertThat(get(admin, "/api/v1/events?limit=501").assertProblem(400).detail()).isEqualTo("Ask for 1 to 500 events.");
        assertThat(get(admin, "/api/v1/events?limit=many").assertProblem(400).errors())
                .extracting(e -> e.field()).containsExactly("limit");
        assertThat(snapshot()).isEqualTo(before);
    }

    private void assertRefused(int status, String detail, Supplier<Reply> call) {
        Map<String, Long> before = snapshot();
        assertThat(call.get().assertProblem(status).detail()).isEqualTo(detail);
        assertThat(snapshot()).isEqualTo(before);
    }

    /** The rows the API writes, plus the hosts (and how many are in each state) and the reconciler's events. */
    private Map<String, Long> snapshot() {
        Map<String, Long> counts = new HashMap<>(rowCounts());
        jdbc.queryForList("select state, count(*) as n from host group by state").forEach(row ->
                counts.put("host " + row.get("state"), ((Number) row.get("n")).longValue()));
        counts.put("reconcile_event", jdbc.queryForObject("select count(*) from reconcile_event", Long.class));
        return counts;
    }

    private String addHost(String name) {
        Reply added = post(admin, "/api/v1/hosts", host(ZONE, name, 40_000L));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return name;
    }

    private static Map<String, Object> host(String zone, String name, Long cpuMhz) {
        return Map.of("zone", zone, "name", name, "cpuMhz", cpuMhz, "memoryMib", 262_144, "storageGib", 4_000);
    }

    private void reconcileTwice() {
        reconciler.reconcile(ZONE);
        reconciler.reconcile(ZONE);
    }

    private List<String> workloadsOn(String host) {
        return get(admin, "/api/v1/hosts/" + host).json().path("workloads").values().stream()
                .map(w -> w.path("namespace").asString("") + "/" + w.path("name").asString()).toList();
    }
}
