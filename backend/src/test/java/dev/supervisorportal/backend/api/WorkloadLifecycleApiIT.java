package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.catalog.StandardVmClasses;
import dev.supervisorportal.backend.catalog.VmClassView;
import dev.supervisorportal.backend.common.Dns1123;
import dev.supervisorportal.backend.inventory.Topology;
import dev.supervisorportal.backend.namespaces.NamespaceRules;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.quota.QuotaSplit;
import dev.supervisorportal.backend.quota.ZoneShare;
import dev.supervisorportal.backend.users.Role;
import dev.supervisorportal.backend.workloads.CreateTkgClusterCommand;
import dev.supervisorportal.backend.workloads.CreateTkgClusterCommand.NodePool;
import dev.supervisorportal.backend.workloads.CreateVmCommand;
import dev.supervisorportal.backend.workloads.WorkloadDemand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The happy paths through the API: a namespace requested and approved, a VM and a TKG cluster created, seen and
 * deleted, the quota reserved per zone and given back; quota requests decided; the catalog kept; and a workload that
 * does not fit its zone's share refused with a 409 naming the resource and the zone.
 */
class WorkloadLifecycleApiIT extends ApiIntegrationTest {

    static final int MHZ_PER_VCPU = 2000;
    static final List<String> ZONES = Topology.THREE_ZONE.defaultZoneNames();

    String alice;
    String admin;

    @BeforeEach
    void users() {
        alice = user("alice", Role.DEVOPS, unique("team-a"));
        admin = user("admin", Role.ADMIN, null);
    }

    @Test
    void aliceRequestsAnAdminApprovesAndAliceRunsAVmAndATkgClusterThenGivesTheQuotaBack() {
        String name = unique("team-a-dev");
        Reply submitted = post(alice, "/api/v1/namespace-requests", Map.of("name", name, "cpuMhz", 60_000,
                "memoryMib", 196_608, "storageGib", 3_000, "justification", "CI runners"));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        long id = submitted.json().path("id").asLong();
        assertThat(submitted.location()).endsWith("/api/v1/namespace-requests/" + id);
        assertThat(get(alice, "/api/v1/namespace-requests/" + id).json().path("status").asString()).isEqualTo("PENDING");
        assertThat(get(alice, "/api/v1/namespace-requests").json().values()).extracting(r -> r.path("id").asLong())
                .contains(id);

        assertThat(get(admin, "/api/v1/namespace-requests/pending").json().values())
                .extracting(r -> r.path("id").asLong()).contains(id);
        JsonNode approved = post(admin, "/api/v1/namespace-requests/" + id + "/approve", null).json();
        assertThat(approved.path("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.path("decidedBy").asString()).isEqualTo(admin);

        assertThat(get(alice, "/api/v1/namespaces").json().values())
                .extracting(n -> n.path("name").asString(), n -> n.path("yourRole").asString())
                .contains(tuple(name, "OWNER"));
        assertThat(usedPerZone(name)).containsOnlyKeys(ZONES).allSatisfy((zone, used) -> assertThat(used)
                .isEqualTo(Limits.NONE));
        assertThat(get(alice, "/api/v1/namespaces/" + name).json().path("zones").values())
                .extracting(z -> z.path("limit").path("cpuMhz").asLong()).containsExactly(20_000L, 20_000L, 20_000L);

        Reply vm = post(alice, "/api/v1/namespaces/" + name + "/vms",
                new CreateVmCommand("web-1", "best-effort-small", UBUNTU, VSAN, 40L, "zone-b"));
        assertThat(vm.status()).as(vm.body()).isEqualTo(201);
        assertThat(vm.location()).endsWith("/api/v1/namespaces/" + name + "/vms/web-1");
        JsonNode seen = get(alice, "/api/v1/namespaces/" + name + "/vms/web-1").json();
        assertThat(seen.path("status").asString()).isEqualTo("PENDING");
        assertThat(seen.path("statusReason").asString()).isNotBlank();
        assertThat(seen.path("zone").asString()).isEqualTo("zone-b");
        VmClassView small = vmClass("best-effort-small");
        assertThat(demand(seen)).isEqualTo(new Limits((long) small.cpus() * MHZ_PER_VCPU, small.memoryMib(), 40));
        assertThat(usedPerZone(name)).isEqualTo(Map.of("zone-a", Limits.NONE, "zone-b", demand(seen),
                "zone-c", Limits.NONE));

        Reply cluster = post(alice, "/api/v1/namespaces/" + name + "/tkg-clusters", new CreateTkgClusterCommand(
                "dev-cluster", TKR, 3, "best-effort-small", VSAN,
                List.of(new NodePool("workers", 3, "best-effort-xsmall", null))));
        assertThat(cluster.status()).as(cluster.body()).isEqualTo(201);
        assertThat(cluster.location()).endsWith("/api/v1/namespaces/" + name + "/tkg-clusters/dev-cluster");
        List<JsonNode> nodes = List.copyOf(get(alice, "/api/v1/namespaces/" + name + "/tkg-clusters/dev-cluster")
                .json().path("nodes").values());
        assertThat(nodes).filteredOn(node -> node.path("nodeRole").asString().equals("control-plane"))
                .extracting(node -> node.path("zone").asString()).containsExactlyInAnyOrderElementsOf(ZONES);
        assertThat(nodes).hasSize(6).allSatisfy(node -> assertThat(node.path("status").asString()).isEqualTo("PENDING"));
        assertThat(usedPerZone(name)).isEqualTo(demandPerZone(Stream.concat(Stream.of(seen), nodes.stream())));
        assertThat(usedPerZone(name).get("zone-a").storageGib()).isEqualTo(2 * WorkloadDemand.TKG_NODE_DISK_GIB);

        assertThat(delete(alice, "/api/v1/namespaces/" + name + "/vms/web-1").status()).isEqualTo(204);
        assertThat(delete(alice, "/api/v1/namespaces/" + name + "/tkg-clusters/dev-cluster").status()).isEqualTo(204);
        get(alice, "/api/v1/namespaces/" + name + "/vms/web-1").assertProblem(404);
        get(alice, "/api/v1/namespaces/" + name + "/tkg-clusters/dev-cluster").assertProblem(404);
        assertThat(get(alice, "/api/v1/namespaces/" + name + "/vms").json().values()).isEmpty();
        assertThat(usedPerZone(name)).allSatisfy((zone, used) -> assertThat(used).isEqualTo(Limits.NONE));

        assertThat(get(admin, "/api/v1/audit?limit=20").json().values())
                .filteredOn(entry -> entry.path("targetName").asString().startsWith(name))
                .extracting(entry -> entry.path("actor").asString(), entry -> entry.path("action").asString())
                .containsExactly(
                        tuple(alice, "TKG_CLUSTER_DELETED"), tuple(alice, "VM_DELETED"),
                        tuple(alice, "TKG_CLUSTER_CREATED"), tuple(alice, "VM_CREATED"),
                        tuple(admin, "NAMESPACE_APPROVED"), tuple(alice, "NAMESPACE_REQUESTED"));
    }

    @Test
    void aWorkloadBeyondItsZonesShareIs409NamingTheResourceAndTheZoneAndWritesNothing() {
        Limits limits = new Limits(3_000, 30_000, 300);
        String name = approvedNamespace(alice, admin, limits.cpuMhz(), limits.memoryMib(), limits.storageGib());
        VmClassView small = vmClass("best-effort-small");
        Limits demand = new Limits((long) small.cpus() * MHZ_PER_VCPU, small.memoryMib(), 20);
        String expected = new ZoneShare("zone-a", QuotaSplit.split(limits, ZONES).get("zone-a"), Limits.NONE)
                .shortfall(demand).orElseThrow().english();
        Map<String, Long> before = rowCounts();

        Reply vm = post(alice, "/api/v1/namespaces/" + name + "/vms",
                new CreateVmCommand("too-big", "best-effort-small", UBUNTU, VSAN, 20L, "zone-a"));
        Reply cluster = post(alice, "/api/v1/namespaces/" + name + "/tkg-clusters", new CreateTkgClusterCommand(
                "too-big", TKR, 3, "best-effort-small", VSAN, List.of()));

        assertThat(vm.assertProblem(409).detail()).isEqualTo(expected).contains("CPU").contains("zone-a");
        assertThat(vm.errors()).isEmpty();
        assertThat(cluster.assertProblem(ProblemType.QUOTA_EXCEEDED, "quota.not-enough").detail())
                .startsWith("Not enough CPU quota in zone-a");
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(usedPerZone(name)).allSatisfy((zone, used) -> assertThat(used).isEqualTo(Limits.NONE));
    }

    @Test
    void quotaRequestsAreApprovedAdjustedOrRejectedAndTheNewLimitsAreSplitOverTheZones() {
        String name = approvedNamespace(alice, admin, 30_000, 30_000, 300);

        Reply asked = post(alice, "/api/v1/namespaces/" + name + "/quota-requests",
                Map.of("cpuMhz", 90_000, "memoryMib", 30_000, "storageGib", 300, "justification", "Load tests"));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        long id = asked.json().path("id").asLong();
        assertThat(asked.location()).endsWith("/api/v1/quota-requests/" + id);
        assertThat(get(alice, "/api/v1/quota-requests/" + id).json().path("status").asString()).isEqualTo("PENDING");
        assertThat(get(alice, "/api/v1/namespaces/" + name + "/quota-requests").json().values())
                .extracting(r -> r.path("id").asLong()).containsExactly(id);
        post(alice, "/api/v1/namespaces/" + name + "/quota-requests", Map.of("cpuMhz", 60_000, "memoryMib", 30_000,
                "storageGib", 300, "justification", "Again")).assertProblem(409);
        assertThat(get(admin, "/api/v1/quota-requests/pending").json().values()).extracting(r -> r.path("id").asLong())
                .contains(id);

        JsonNode approved = post(admin, "/api/v1/quota-requests/" + id + "/approve",
                Map.of("cpuMhz", 45_001, "memoryMib", 30_000, "storageGib", 300)).json();
        assertThat(approved.path("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.path("approved").path("cpuMhz").asLong()).isEqualTo(45_001);
        assertThat(get(alice, "/api/v1/namespaces/" + name).json().path("zones").values())
                .extracting(z -> z.path("limit").path("cpuMhz").asLong())
                .containsExactlyElementsOf(QuotaSplit.split(45_001, ZONES).values());
        post(admin, "/api/v1/quota-requests/" + id + "/reject", Map.of("reason", "late")).assertProblem(409);

        long second = post(alice, "/api/v1/namespaces/" + name + "/quota-requests", Map.of("cpuMhz", 100_000,
                "memoryMib", 30_000, "storageGib", 300, "justification", "Even more")).json().path("id").asLong();
        JsonNode rejected = post(admin, "/api/v1/quota-requests/" + second + "/reject",
                Map.of("reason", "Use the shared cluster")).json();
        assertThat(rejected.path("status").asString()).isEqualTo("REJECTED");
        assertThat(get(alice, "/api/v1/quota-requests/" + second).json().path("decisionReason").asString())
                .isEqualTo("Use the shared cluster");
    }

    @Test
    void namespaceRequestsAreApprovedWithAdjustedLimitsOrRejectedOnceOnly() {
        long adjusted = post(alice, "/api/v1/namespace-requests", Map.of("name", unique("adjusted"), "cpuMhz", 9_000,
                "memoryMib", 8_192, "storageGib", 100, "justification", "Big")).json().path("id").asLong();
        long rejected = post(alice, "/api/v1/namespace-requests", Map.of("name", unique("rejected"), "cpuMhz", 9_000,
                "memoryMib", 8_192, "storageGib", 100, "justification", "Big")).json().path("id").asLong();

        JsonNode approval = post(admin, "/api/v1/namespace-requests/" + adjusted + "/approve",
                Map.of("cpuMhz", 3_000, "memoryMib", 4_096, "storageGib", 50)).json();
        JsonNode rejection = post(admin, "/api/v1/namespace-requests/" + rejected + "/reject",
                Map.of("reason", "Use the shared CI namespace")).json();

        assertThat(approval.path("approved").path("cpuMhz").asLong()).isEqualTo(3_000);
        assertThat(get(alice, "/api/v1/namespaces/" + approval.path("namespaceName").asString()).json().path("limits")
                .path("memoryMib").asLong()).isEqualTo(4_096);
        assertThat(rejection.path("status").asString()).isEqualTo("REJECTED");
        assertThat(get(alice, "/api/v1/namespace-requests/" + rejected).json().path("decisionReason").asString())
                .isEqualTo("Use the shared CI namespace");
        assertThat(post(admin, "/api/v1/namespace-requests/" + rejected + "/approve", null).assertProblem(409).detail())
                .endsWith("was rejected by " + admin + " already.");
    }

    @Test
    void adminsKeepTheCatalogAndLimitWhatANamespaceMayUse() {
        String vmClass = unique("gpu-large");
        Reply added = post(admin, "/api/v1/catalog/vm-classes", Map.of("name", vmClass, "cpus", 8, "memoryMib", 65_536,
                "reservation", "GUARANTEED"));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.location()).endsWith("/api/v1/catalog/vm-classes/" + vmClass);
        assertThat(get(alice, "/api/v1/catalog/vm-classes/" + vmClass).json().path("cpus").asInt()).isEqualTo(8);
        String image = unique("debian-13");
        Reply item = post(admin, "/api/v1/catalog/items", Map.of("kind", "IMAGE", "name", image,
                "description", "Debian 13"));
        assertThat(item.status()).as(item.body()).isEqualTo(201);
        assertThat(item.location()).endsWith("/api/v1/catalog/items/image/" + image);
        assertThat(get(alice, "/api/v1/catalog/items/image/" + image).json().path("description").asString())
                .isEqualTo("Debian 13");
        JsonNode catalogView = get(alice, "/api/v1/catalog").json();
        assertThat(catalogView.path("vmClasses").values()).extracting(c -> c.path("name").asString()).contains(vmClass);
        assertThat(catalogView.path("images").values()).extracting(c -> c.path("name").asString()).contains(image);

        String name = approvedNamespace(alice, admin, 300_000, 300_000, 3_000);
        assertThat(put(admin, "/api/v1/namespaces/" + name + "/catalog/image", Map.of("entries", List.of(image)))
                .status()).isEqualTo(204);
        assertThat(post(alice, "/api/v1/namespaces/" + name + "/vms", new CreateVmCommand("old", "best-effort-small",
                UBUNTU, VSAN, 20L, null)).assertProblem(400).errors()).extracting(e -> e.field()).containsExactly("image");
        assertThat(post(alice, "/api/v1/namespaces/" + name + "/vms", new CreateVmCommand("new", vmClass, image, VSAN,
                20L, null)).status()).isEqualTo(201);
        assertThat(put(admin, "/api/v1/namespaces/" + name + "/catalog/image", Map.of("entries", List.of())).status())
                .isEqualTo(204);
        assertThat(post(alice, "/api/v1/namespaces/" + name + "/vms", new CreateVmCommand("old", "best-effort-small",
                UBUNTU, VSAN, 20L, null)).status()).isEqualTo(201);
    }

    @Test
    void theLongestNamesAndTextsTheRulesAllowAreAcceptedAndAuditedInFull() {
        String name = unique("n").concat("-").concat("x".repeat(NamespaceRules.MAX_NAME_LENGTH)).substring(0,
                NamespaceRules.MAX_NAME_LENGTH);
        String justification = "j".repeat(NamespaceRules.MAX_TEXT_LENGTH);
        Reply submitted = post(alice, "/api/v1/namespace-requests", Map.of("name", name, "cpuMhz", 30_000,
                "memoryMib", 30_000, "storageGib", 300, "justification", justification));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        assertThat(post(admin, "/api/v1/namespace-requests/" + submitted.json().path("id").asLong() + "/approve", null)
                .status()).isEqualTo(200);
        String vm = "v".repeat(Dns1123.MAX_LENGTH);

        Reply created = post(alice, "/api/v1/namespaces/" + name + "/vms", new CreateVmCommand(vm, "best-effort-xsmall",
                UBUNTU, VSAN, 10L, null));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        List<JsonNode> entries = List.copyOf(get(admin, "/api/v1/audit?limit=10").json().values());
        assertThat(entries).filteredOn(entry -> entry.path("action").asString().equals("VM_CREATED")).first()
                .satisfies(entry -> assertThat(entry.path("targetName").asString()).hasSize(100)
                        .startsWith(name + "/v").endsWith("…"));
        assertThat(entries).filteredOn(entry -> entry.path("action").asString().equals("NAMESPACE_REQUESTED")).first()
                .satisfies(entry -> assertThat(entry.path("detail").asString())
                        .isEqualTo("Asked for CPU 30,000 MHz, memory 30,000 MiB, storage 300 GiB: " + justification));
    }

    private Map<String, Limits> usedPerZone(String namespace) {
        Map<String, Limits> used = new TreeMap<>();
        get(alice, "/api/v1/namespaces/" + namespace).json().path("zones").values()
                .forEach(zone -> used.put(zone.path("zone").asString(), limits(zone.path("used"))));
        return used;
    }

    private static Map<String, Limits> demandPerZone(Stream<JsonNode> workloads) {
        Map<String, Limits> demand = new TreeMap<>();
        ZONES.forEach(zone -> demand.put(zone, Limits.NONE));
        workloads.forEach(workload -> demand.merge(workload.path("zone").asString(), demand(workload), Limits::plus));
        return demand;
    }

    private static Limits demand(JsonNode workload) {
        return limits(workload.path("demand"));
    }

    private static Limits limits(JsonNode limits) {
        return new Limits(limits.path("cpuMhz").asLong(), limits.path("memoryMib").asLong(),
                limits.path("storageGib").asLong());
    }

    private static VmClassView vmClass(String name) {
        return StandardVmClasses.all().stream().filter(vmClass -> vmClass.name().equals(name)).findFirst().orElseThrow();
    }
}
