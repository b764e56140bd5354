package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.users.Role;
import dev.supervisorportal.backend.workloads.CreatePodCommand;
import dev.supervisorportal.backend.workloads.CreateTkgClusterCommand;
import dev.supervisorportal.backend.workloads.CreateVmCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * YAML manifests through the API: applied all or nothing, dry runs that write nothing, exports that import back.
 * On a single-zone Supervisor, the one kind that runs VMs, TKG clusters and vSphere Pods alike.
 */
@TestPropertySource(properties = "portal.supervisor.topology=SINGLE_ZONE")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManifestApiIT extends ApiIntegrationTest {

    static final String MANIFEST = """
            apiVersion: vmoperator.vmware.com/v1alpha2
            kind: VirtualMachine
            metadata:
              name: db-1
              labels:
                app: db
            spec:
              className: best-effort-small
              imageName: %s
              storageClass: %s
              advanced:
                bootDiskCapacity: 60Gi
            ---
            apiVersion: run.tanzu.vmware.com/v1alpha3
            kind: TanzuKubernetesCluster
            metadata:
              name: dev
            spec:
              topology:
                controlPlane:
                  replicas: 1
                  vmClass: best-effort-xsmall
                  storageClass: %s
                  tkr:
                    reference:
                      name: %s
                nodePools:
                - name: workers
                  replicas: 2
                  vmClass: best-effort-xsmall
                  storageClass: %s
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
              - name: nginx
                image: nginx:1.27
                resources:
                  requests:
                    cpu: 500m
                    memory: 512Mi
            """.formatted(UBUNTU, VSAN, VSAN, TKR, VSAN);
    /** 2 vCPUs of 2,000 MHz + 3 nodes of 2 vCPUs + half a vCPU; 4 GiB + 3 × 2 GiB + 512 MiB; 60 GiB + 3 × 20 GiB. */
    static final Limits DEMAND = new Limits(4_000 + 3 * 4_000 + 1_000, 4_096 + 3 * 2_048 + 512, 60 + 3 * 20);

    String alice;
    String admin;

    @BeforeAll
    void users() {
        apiClient();
        alice = user("alice", Role.DEVOPS, null);
        admin = user("admin", Role.ADMIN, null);
    }

    @Test
    void aManifestCreatesEveryObjectAndReservesTheirQuota() {
        String ns = approvedNamespace(alice, admin, 30_000, 65_536, 500);

        Reply applied = apply(alice, ns, MANIFEST, false, "application/yaml");

        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        assertThat(applied.json().path("dryRun").asBoolean()).isFalse();
        assertThat(applied.json().path("objects").values()).extracting(o -> o.path("document").asInt(),
                        o -> o.path("kind").asString(), o -> o.path("name").asString())
                .containsExactly(tuple(1, "VirtualMachine", "db-1"), tuple(2, "TanzuKubernetesCluster", "dev"),
                        tuple(3, "Pod", "web"));
        assertThat(applied.json().path("objects").get(0).path("ignored").values()).extracting(JsonNode::asString)
                .containsExactly("metadata.labels: ignored");
        JsonNode vm = get(alice, "/api/v1/namespaces/" + ns + "/vms/db-1").json();
        assertThat(vm.path("demand").path("storageGib").asLong()).isEqualTo(60);
        assertThat(get(alice, "/api/v1/namespaces/" + ns + "/tkg-clusters/dev").json().path("nodes").values())
                .hasSize(3);
        assertThat(get(alice, "/api/v1/namespaces/" + ns + "/pods/web").status()).isEqualTo(200);
        assertThat(used(ns)).isEqualTo(DEMAND);
    }

    @Test
    void aDryRunPlansWithTheSameChecksAndWritesNothing() {
        String ns = approvedNamespace(alice, admin, 30_000, 65_536, 500);
        Map<String, Long> before = rowCounts();

        Reply planned = apply(alice, ns, MANIFEST, true, "text/yaml");

        assertThat(planned.status()).as(planned.body()).isEqualTo(200);
        assertThat(planned.json().path("dryRun").asBoolean()).isTrue();
        JsonNode objects = planned.json().path("objects");
        assertThat(objects.values()).extracting(o -> o.path("kind").asString(), o -> o.path("name").asString(),
                        o -> o.path("zones").get(0).asString())
                .containsExactly(tuple("VirtualMachine", "db-1", "zone-a"), tuple("TanzuKubernetesCluster", "dev",
                        "zone-a"), tuple("Pod", "web", "zone-a"));
        assertThat(objects.get(1).path("demand").path("cpuMhz").asLong()).isEqualTo(3 * 4_000);
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(used(ns)).isEqualTo(Limits.NONE);
        assertThat(get(alice, "/api/v1/namespaces/" + ns + "/vms").json().values()).isEmpty();

        String tooSmall = approvedNamespace(alice, admin, 10_000, 65_536, 500);
        Map<String, Long> beforeRefusal = rowCounts();
        Reply refused = apply(alice, tooSmall, MANIFEST, true, "application/yaml")
                .assertProblem(ProblemType.QUOTA_EXCEEDED, "quota.not-enough");
        assertThat(refused.detail()).startsWith("document 2 (TanzuKubernetesCluster dev): Not enough CPU quota in zone-a");
        assertThat(rowCounts()).isEqualTo(beforeRefusal);
    }

    @Test
    void whenTheSecondDocumentFailsTheFirstIsNotCreated() {
        String ns = approvedNamespace(alice, admin, 30_000, 65_536, 500);
        Map<String, Long> before = rowCounts();
        String manifest = MANIFEST.substring(0, MANIFEST.indexOf("---")) + """
                ---
                apiVersion: vmoperator.vmware.com/v1alpha3
                kind: VirtualMachine
                metadata:
                  name: web-1
                spec:
                  className: huge-class
                  imageName: %s
                  storageClass: %s
                """.formatted(UBUNTU, VSAN);

        Reply refused = apply(alice, ns, manifest, false, "application/x-yaml").assertProblem(400);

        assertThat(refused.errors()).extracting(ShownError::field).containsExactly("documents[1].spec.className");
        // The code is the refused rule's, not the label the manifest puts before it.
        refused.assertProblem(ProblemType.INVALID_INPUT, "workloads.vm-class.unknown");
        assertThat(refused.errorCodes()).containsExactly("workloads.vm-class.unknown");
        assertThat(refused.detail()).startsWith("document 2 (VirtualMachine web-1): spec.className: No VM class named "
                + "huge-class");
        assertThat(rowCounts()).isEqualTo(before);
        get(alice, "/api/v1/namespaces/" + ns + "/vms/db-1").assertProblem(404);

        Reply twice = apply(alice, ns, MANIFEST + "---\n" + MANIFEST.substring(0, MANIFEST.indexOf("---")), false,
                "application/yaml").assertProblem(409);
        assertThat(twice.errors()).containsExactly(new ShownError("documents[3].metadata.name",
                "document 4 (VirtualMachine db-1): Namespace " + ns + " has a VM named db-1 already."));
        twice.assertProblem(ProblemType.CONFLICT, "workloads.vm.name-taken");
        assertThat(twice.errorCodes()).containsExactly("workloads.vm.name-taken");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void aViewerMayNotApplyNorDryRunAManifest() {
        String ns = approvedNamespace(alice, admin, 30_000, 65_536, 500);
        String bob = user("bob", Role.DEVOPS, null);
        assertThat(put(alice, "/api/v1/namespaces/" + ns + "/permissions",
                Map.of("subjectType", "USER", "subject", bob, "role", "VIEW")).status()).isEqualTo(200);
        Map<String, Long> before = rowCounts();

        Reply applied = apply(bob, ns, MANIFEST, false, "application/yaml").assertProblem(403);
        apply(bob, ns, MANIFEST, true, "application/yaml").assertProblem(403);

        assertThat(applied.detail()).contains("You need EDIT permission in namespace " + ns);
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void anExportedWorkloadImportsBackAsTheSameObject() {
        String ns = approvedNamespace(alice, admin, 30_000, 65_536, 500);
        String base = "/api/v1/namespaces/" + ns;
        assertThat(post(alice, base + "/vms", new CreateVmCommand("app", "best-effort-small", UBUNTU, VSAN, 55L,
                null)).status()).isEqualTo(201);
        assertThat(post(alice, base + "/tkg-clusters", new CreateTkgClusterCommand("k8s", TKR, 1,
                "best-effort-xsmall", VSAN, List.of(new CreateTkgClusterCommand.NodePool("pool-a", 2,
                "best-effort-small", "zone-a"), new CreateTkgClusterCommand.NodePool("pool-b", 1,
                "best-effort-xsmall", null)))).status()).isEqualTo(201);
        assertThat(post(alice, base + "/pods", new CreatePodCommand("api", List.of(
                new CreatePodCommand.Container("app", "registry.example.com/team/api:2.1", "0.25", "256Mi"),
                new CreatePodCommand.Container("proxy", "envoy:1.31", "100m", "1Gi")))).status()).isEqualTo(201);
        JsonNode vm = get(alice, base + "/vms/app").json();
        JsonNode cluster = get(alice, base + "/tkg-clusters/k8s").json();
        JsonNode pod = get(alice, base + "/pods/api").json();

        Reply vmYaml = get(alice, base + "/vms/app/manifest");
        Reply clusterYaml = get(alice, base + "/tkg-clusters/k8s/manifest");
        Reply podYaml = get(alice, base + "/pods/api/manifest");
        assertThat(vmYaml.contentType()).startsWith("application/yaml");
        assertThat(vmYaml.body()).contains("apiVersion: vmoperator.vmware.com/v1alpha3", "kind: VirtualMachine",
                "bootDiskCapacity: 55Gi", "topology.kubernetes.io/zone: zone-a");
        assertThat(clusterYaml.body()).contains("kind: TanzuKubernetesCluster", "name: " + TKR);
        assertThat(podYaml.body()).contains("apiVersion: v1", "kind: Pod", "cpu: \"0.25\"");
        assertThat(delete(alice, base + "/vms/app").status()).isEqualTo(204);
        assertThat(delete(alice, base + "/tkg-clusters/k8s").status()).isEqualTo(204);
        assertThat(delete(alice, base + "/pods/api").status()).isEqualTo(204);

        Reply imported = apply(alice, ns, vmYaml.body() + "---\n" + clusterYaml.body() + "---\n" + podYaml.body(),
                false, "application/yaml");

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().path("objects").values()).allSatisfy(
                object -> assertThat(object.path("ignored").values()).isEmpty());
        assertSame(get(alice, base + "/vms/app").json(), vm, "vmClass", "image", "storagePolicy", "demand", "zone");
        assertSame(get(alice, base + "/tkg-clusters/k8s").json(), cluster, "kubernetesRelease", "controlPlaneNodes",
                "controlPlaneVmClass", "storagePolicy", "nodePools");
        assertSame(get(alice, base + "/pods/api").json(), pod, "containers");
        assertSame(get(alice, base + "/pods/api").json().path("workload"), pod.path("workload"), "demand", "zone");
    }

    @Test
    void aManifestNeedsAYamlBody() {
        String ns = approvedNamespace(alice, admin, 30_000, 65_536, 500);

        apply(alice, ns, MANIFEST, false, "application/json").assertProblem(415);
        Reply empty = apply(alice, ns, "", false, "application/yaml").assertProblem(400);

        assertThat(empty.errors()).extracting(ShownError::field).containsExactly("manifest");
        get(alice, "/api/v1/namespaces/" + ns + "/vms/nothing/manifest").assertProblem(404);
    }

    private Reply apply(String user, String namespace, String yaml, boolean dryRun, String contentType) {
        return call(user, MockMvcRequestBuilders.post("/api/v1/namespaces/" + namespace + "/manifests"
                + (dryRun ? "?dryRun=true" : "")).contentType(contentType).content(yaml));
    }

    private static void assertSame(JsonNode actual, JsonNode expected, String... fields) {
        for (String field : fields) {
            assertThat(actual.path(field)).as(field).isEqualTo(expected.path(field));
        }
    }

    private Limits used(String namespace) {
        JsonNode used = get(alice, "/api/v1/namespaces/" + namespace).json().path("zones").get(0).path("used");
        return new Limits(used.path("cpuMhz").asLong(), used.path("memoryMib").asLong(),
                used.path("storageGib").asLong());
    }
}
