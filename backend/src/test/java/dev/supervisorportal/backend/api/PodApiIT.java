package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.quota.ZoneShare;
import dev.supervisorportal.backend.users.Role;
import dev.supervisorportal.backend.workloads.CreatePodCommand;
import dev.supervisorportal.backend.workloads.CreatePodCommand.Container;
import dev.supervisorportal.backend.workloads.CreateTkgClusterCommand;
import dev.supervisorportal.backend.workloads.KubernetesQuantities;
import dev.supervisorportal.backend.workloads.WorkloadRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** vSphere Pods through the API, on the one kind of Supervisor that runs them: a single-zone one. */
@TestPropertySource(properties = "portal.supervisor.topology=SINGLE_ZONE")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PodApiIT extends ApiIntegrationTest {

    static final Container NGINX = new Container("nginx", "nginx:1.27", "250m", "512Mi");

    String alice;
    String admin;
    String ns;

    @BeforeAll
    void namespace() {
        apiClient();
        alice = user("alice", Role.DEVOPS, null);
        admin = user("admin", Role.ADMIN, null);
        ns = approvedNamespace(alice, admin, 3_000, 8_192, 100);
        assertThat(post(alice, "/api/v1/namespaces/" + ns + "/pods", new CreatePodCommand("taken", List.of(NGINX)))
                .status()).isEqualTo(201);
    }

    @Test
    void aPodIsCreatedSeenAndDeletedAndItsRequestsAreReservedInTheOneZone() {
        String name = approvedNamespace(alice, admin, 3_000, 8_192, 100);
        List<Container> containers = List.of(NGINX, new Container("sidecar", "envoy:1.31", "0.5", "1Gi"),
                new Container("metrics", "prom:2", ".25", "1e8"));
        long millicores = containers.stream().mapToLong(c -> KubernetesQuantities.cpuMillicores(c.cpu()).value()).sum();
        long memoryMib = containers.stream().mapToLong(c -> KubernetesQuantities.memoryMib(c.memory()).value()).sum();
        Limits demand = new Limits(Math.ceilDiv(millicores * WorkloadLifecycleApiIT.MHZ_PER_VCPU, 1000), memoryMib, 0);

        Reply created = post(alice, "/api/v1/namespaces/" + name + "/pods", new CreatePodCommand("web", containers));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.location()).endsWith("/api/v1/namespaces/" + name + "/pods/web");
        JsonNode pod = get(alice, "/api/v1/namespaces/" + name + "/pods/web").json();
        assertThat(pod.path("workload").path("status").asString()).isEqualTo("PENDING");
        assertThat(pod.path("workload").path("zone").asString()).isEqualTo("zone-a");
        assertThat(pod.path("containers").values()).extracting(c -> c.path("name").asString(),
                c -> c.path("cpu").asString(), c -> c.path("memory").asString())
                .containsExactlyInAnyOrder(tuple("nginx", "250m", "512Mi"), tuple("sidecar", "0.5", "1Gi"),
                        tuple("metrics", ".25", "1e8"));
        assertThat(used(name)).isEqualTo(demand);
        assertThat(get(alice, "/api/v1/namespaces/" + name + "/pods").json().values()).hasSize(1);

        assertThat(delete(alice, "/api/v1/namespaces/" + name + "/pods/web").status()).isEqualTo(204);
        get(alice, "/api/v1/namespaces/" + name + "/pods/web").assertProblem(404);
        assertThat(used(name)).isEqualTo(Limits.NONE);
    }

    @Test
    void onOneZoneTheControlPlaneVmsAndAThreeNodeControlPlaneAllGoToIt() {
        JsonNode supervisor = get(alice, "/api/v1/supervisor").json();
        assertThat(supervisor.path("topology").asString()).isEqualTo("SINGLE_ZONE");
        assertThat(supervisor.path("controlPlaneVms").values()).extracting(vm -> vm.path("zone").asString())
                .containsExactly("zone-a", "zone-a", "zone-a");

        String name = approvedNamespace(alice, admin, 30_000, 30_000, 300);
        Reply cluster = post(alice, "/api/v1/namespaces/" + name + "/tkg-clusters", new CreateTkgClusterCommand(
                "ha", TKR, 3, "best-effort-xsmall", VSAN, List.of()));
        assertThat(cluster.status()).as(cluster.body()).isEqualTo(201);
        assertThat(cluster.json().path("nodes").values()).extracting(node -> node.path("zone").asString())
                .containsExactly("zone-a", "zone-a", "zone-a");
    }

    @Test
    void aPodBeyondTheShareIs409NamingTheResourceAndTheZone() {
        Map<String, Long> before = rowCounts();
        Limits demand = new Limits(Math.ceilDiv(2_000L * WorkloadLifecycleApiIT.MHZ_PER_VCPU, 1000), 512, 0);
        JsonNode zone = get(alice, "/api/v1/namespaces/" + ns).json().path("zones").get(0);
        ZoneShare share = new ZoneShare("zone-a", limits(zone.path("limit")), limits(zone.path("used")));

        Reply reply = post(alice, "/api/v1/namespaces/" + ns + "/pods", new CreatePodCommand("greedy",
                List.of(new Container("burn", "stress:1", "2", "512Mi"))));

        assertThat(reply.assertProblem(409).detail()).isEqualTo(share.shortfall(demand).orElseThrow().english())
                .startsWith("Not enough CPU quota in zone-a");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPods")
    void aBadPodIsRefusedWithTheRulesMessagesAndNothingIsWritten(CreatePodCommand command) {
        List<FieldProblem> expected = WorkloadRules.problems(command);
        assertThat(expected).isNotEmpty();
        Map<String, Long> before = rowCounts();

        Reply reply = post(alice, "/api/v1/namespaces/" + ns + "/pods", command).assertProblem(400);

        assertThat(reply.errors()).isEqualTo(inEnglish(expected));
        assertThat(reply.detail()).isEqualTo(expected.getFirst().message().english());
        assertThat(rowCounts()).isEqualTo(before);
    }

    static Stream<CreatePodCommand> badPods() {
        return Stream.of(
                new CreatePodCommand(null, null),
                new CreatePodCommand("web", List.of()),
                new CreatePodCommand("Web_1", List.of(NGINX)),
                pod(new Container("nginx", "nginx:1.27", "250x", "512Mi")),
                pod(new Container("nginx", "nginx:1.27", "250m", "12XB")),
                pod(new Container("nginx", "nginx:1.27", "0", "512Mi")),
                pod(new Container("nginx", "nginx:1.27", "0000000000000000000001", "512Mi")),
                pod(new Container("nginx", "nginx:1.27", "250m", "-1Gi")),
                pod(new Container("nginx", "nginx:1.27", "100000000000", "512Mi")),
                pod(new Container("nginx", "nginx:1.27", "1e2147483647", "9Ei")),
                pod(new Container("nginx", "nginx:1.27", "250m", "512m")),
                pod(new Container("nginx", "nginx 1.27", "250m", "512Mi")),
                pod(new Container("nginx", "n".repeat(WorkloadRules.MAX_IMAGE_LENGTH + 1), "250m", "512Mi")),
                pod(new Container("Nginx", null, null, null)),
                new CreatePodCommand("web", List.of(NGINX, NGINX)),
                new CreatePodCommand("web", IntStream.rangeClosed(0, WorkloadRules.MAX_CONTAINERS)
                        .mapToObj(i -> new Container("c" + i, "nginx:1.27", "10m", "16Mi")).toList()),
                new CreatePodCommand("web", Collections.singletonList(null)));
    }

    @Test
    void aPodOfTheWrongShapeOrANameInUseIsRefused() {
        Map<String, Long> before = rowCounts();

        Reply notAList = post(alice, "/api/v1/namespaces/" + ns + "/pods", "{\"name\": \"web\", \"containers\": \"nginx\"}");
        Reply taken = post(alice, "/api/v1/namespaces/" + ns + "/pods", new CreatePodCommand("taken", List.of(NGINX)));

        assertThat(notAList.assertProblem(400).errors())
                .containsExactly(new ShownError("containers", "Expected a JSON array."));
        assertThat(taken.assertProblem(409).errors())
                .containsExactly(new ShownError("name", "Namespace " + ns + " has a vSphere Pod named taken already."));
        assertThat(rowCounts()).isEqualTo(before);
    }

    private static CreatePodCommand pod(Container container) {
        return new CreatePodCommand("web", List.of(container));
    }

    private Limits used(String namespace) {
        return limits(get(alice, "/api/v1/namespaces/" + namespace).json().path("zones").get(0).path("used"));
    }

    private static Limits limits(JsonNode limits) {
        return new Limits(limits.path("cpuMhz").asLong(), limits.path("memoryMib").asLong(),
                limits.path("storageGib").asLong());
    }
}
