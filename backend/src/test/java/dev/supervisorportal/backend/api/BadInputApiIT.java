package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.common.Dns1123;
import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.namespaces.NamespaceRequestCommand;
import dev.supervisorportal.backend.namespaces.NamespaceRules;
import dev.supervisorportal.backend.namespaces.QuotaRequestCommand;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.quota.QuotaLedger;
import dev.supervisorportal.backend.users.Role;
import dev.supervisorportal.backend.workloads.CreateTkgClusterCommand;
import dev.supervisorportal.backend.workloads.CreateTkgClusterCommand.NodePool;
import dev.supervisorportal.backend.workloads.CreateVmCommand;
import dev.supervisorportal.backend.workloads.WorkloadRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A table of bad inputs through the API: each is refused with the right 4xx as a problem detail, the refused fields
 * carry the very messages the backend's rules give (the ones the forms show), and no table changes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputApiIT extends ApiIntegrationTest {

    @Autowired
    QuotaLedger quotaLedger;

    String alice;
    String admin;
    /** alice's namespace, with a VM and a TKG cluster in it. */
    String ns;
    /** A namespace limited to two VM classes. */
    String limited;
    long pendingRequestId;

    @BeforeAll
    void namespaceWithWorkloads() {
        apiClient();
        alice = user("alice", Role.DEVOPS, null);
        admin = user("admin", Role.ADMIN, null);
        ns = approvedNamespace(alice, admin, 300_000, 3_000_000, 30_000);
        limited = approvedNamespace(alice, admin, 300_000, 3_000_000, 30_000);
        assertThat(post(alice, "/api/v1/namespaces/" + ns + "/vms", validVm("taken-vm")).status()).isEqualTo(201);
        assertThat(post(alice, "/api/v1/namespaces/" + ns + "/tkg-clusters", validCluster("taken-cluster")).status())
                .isEqualTo(201);
        assertThat(put(admin, "/api/v1/namespaces/" + limited + "/catalog/vm-class",
                Map.of("entries", List.of("best-effort-xsmall", "best-effort-small"))).status()).isEqualTo(204);
        Reply pending = post(alice, "/api/v1/namespace-requests", new NamespaceRequestCommand(unique("pending"), 1000L,
                1024L, 10L, "Waiting"));
        assertThat(pending.status()).isEqualTo(201);
        pendingRequestId = pending.json().get("id").asLong();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void isRefusedWithAProblemDetailAndNothingIsWritten(String description, BadInput input) {
        Map<String, Long> before = rowCounts();
        String path = input.path().replace("{ns}", ns).replace("{limited}", limited)
                .replace("{pending}", String.valueOf(pendingRequestId));

        Reply reply = switch (input.method()) {
            case "POST" -> post(input.user(), path, input.body());
            case "PUT" -> put(input.user(), path, input.body());
            case "DELETE" -> delete(input.user(), path);
            default -> get(input.user(), path);
        };

        reply.assertProblem(input.status());
        input.check().accept(reply);
        assertThat(rowCounts()).as("rows after " + description).isEqualTo(before);
    }

    List<Arguments> badInputs() {
        List<Arguments> cases = new ArrayList<>();
        namespaceRequests(cases);
        vms(cases);
        tkgClusters(cases);
        quotaRequests(cases);
        decisionsPermissionsCatalogAndAudit(cases);
        return cases;
    }

    private void namespaceRequests(List<Arguments> cases) {
        String path = "/api/v1/namespace-requests";
        Stream.of(
                new NamespaceRequestCommand("Team_A", 1000L, 1024L, 10L, "CI"),
                new NamespaceRequestCommand("kube-system", 1000L, 1024L, 10L, "CI"),
                new NamespaceRequestCommand("vmware-system-x", 1000L, 1024L, 10L, "CI"),
                new NamespaceRequestCommand("a".repeat(64), 1000L, 1024L, 10L, "CI"),
                new NamespaceRequestCommand("team-", 1000L, 1024L, 10L, "CI"),
                new NamespaceRequestCommand(null, null, null, null, null),
                new NamespaceRequestCommand("ci", 0L, 1024L, 10L, "CI"),
                new NamespaceRequestCommand("ci", 1000L, -1L, 10L, "CI"),
                new NamespaceRequestCommand("ci", 1000L, 1024L, NamespaceRules.MAX_LIMIT + 1, "CI"),
                new NamespaceRequestCommand("ci", 1000L, 1024L, 10L, "   "),
                new NamespaceRequestCommand("ci", 1000L, 1024L, 10L, "x".repeat(NamespaceRules.MAX_TEXT_LENGTH + 1)),
                new NamespaceRequestCommand("ci", 1000L, 1024L, 10L, "CI\u0000runners")
        ).forEach(command -> cases.add(refused("namespace request " + command, alice, "POST", path, command,
                NamespaceRules.problems(command))));

        String valid = "\"name\": \"ci\", \"memoryMib\": 1024, \"storageGib\": 10, \"justification\": \"CI\"";
        cases.add(unreadable("namespace request with CPU as text", alice, path, "{" + valid + ", \"cpuMhz\": \"lots\"}",
                "cpuMhz", "Expected a whole number."));
        cases.add(unreadable("namespace request with a fraction of a MHz", alice, path,
                "{" + valid + ", \"cpuMhz\": 1.5}", "cpuMhz", "Expected a whole number."));
        cases.add(unreadable("namespace request with CPU beyond any number", alice, path,
                "{" + valid + ", \"cpuMhz\": 99999999999999999999999}", "cpuMhz", "This number is out of range."));
        cases.add(unreadable("namespace request with a name that is an object", alice, path,
                "{\"name\": {}, \"cpuMhz\": 1, \"memoryMib\": 1, \"storageGib\": 1, \"justification\": \"CI\"}",
                "name", "Expected text."));
        cases.add(unreadableBody("namespace request of malformed JSON", alice, path, "{\"name\": \"ci\",",
                "The request body is not valid JSON"));
        cases.add(unreadableBody("namespace request of an array", alice, path, "[]",
                "The request body must be a JSON object."));
        cases.add(unreadableBody("namespace request of JSON null", alice, path, "null", "Send a JSON body"));
        cases.add(unreadableBody("namespace request without a body", alice, path, null, "Send a JSON body"));
        cases.add(unreadableBody("namespace request with an empty body", alice, path, "", "Send a JSON body"));
        cases.add(new BadInput(alice, "POST", path, new NamespaceRequestCommand(ns, 1L, 1L, 1L, "mine"), 409,
                reply -> {
                    assertThat(reply.errors()).containsExactly(
                            new ShownError("name", "A namespace named " + ns + " exists already."));
                    reply.assertProblem(ProblemType.CONFLICT, "namespaces.name-taken");
                    assertThat(reply.errorCodes()).containsExactly("namespaces.name-taken");
                }).named(
                "namespace request for a name in use"));
    }

    private void vms(List<Arguments> cases) {
        String path = "/api/v1/namespaces/{ns}/vms";
        Stream.of(
                new CreateVmCommand("My_VM", "best-effort-small", UBUNTU, VSAN, 20L, null),
                new CreateVmCommand(null, null, null, null, null, null),
                new CreateVmCommand("vm", "best-effort-small", UBUNTU, VSAN, null, null),
                new CreateVmCommand("vm", "best-effort-small", UBUNTU, VSAN, 0L, null),
                new CreateVmCommand("vm", "best-effort-small", UBUNTU, VSAN, -5L, null),
                new CreateVmCommand("vm", "best-effort-small", UBUNTU, VSAN, WorkloadRules.MAX_DISK_GIB + 1, null),
                new CreateVmCommand("vm", "  ", UBUNTU, " ", 20L, null),
                new CreateVmCommand("x".repeat(Dns1123.MAX_LENGTH + 1), "best-effort-small", UBUNTU, VSAN, 20L, null)
        ).forEach(command -> cases.add(refused("VM " + command, alice, "POST", path, command,
                WorkloadRules.problems(command))));

        cases.add(refusedField("VM of a VM class not in the catalog", alice, path,
                new CreateVmCommand("vm", "huge-class", UBUNTU, VSAN, 20L, null), 400, "vmClass",
                "No VM class named huge-class; the catalog has best-effort-xsmall, "));
        cases.add(refusedField("VM of an image not in the catalog", alice, path,
                new CreateVmCommand("vm", "best-effort-small", "windows-95", VSAN, 20L, null), 400, "image",
                "No image named windows-95 in the catalog; choose one of "));
        cases.add(refusedField("VM of a storage policy not in the catalog", alice, path,
                new CreateVmCommand("vm", "best-effort-small", UBUNTU, "tape", 20L, null), 400, "storagePolicy",
                "No storage policy named tape in the catalog; choose one of "));
        cases.add(refusedField("VM in a zone the Supervisor does not have", alice, path,
                new CreateVmCommand("vm", "best-effort-small", UBUNTU, VSAN, 20L, "zone-x"), 400, "zone",
                "The Supervisor has no zone named zone-x; it has zone-a, zone-b, zone-c."));
        cases.add(refusedField("VM of a VM class its namespace may not use", alice, "/api/v1/namespaces/{limited}/vms",
                new CreateVmCommand("vm", "guaranteed-small", UBUNTU, VSAN, 20L, null), 400, "vmClass",
                "Namespace " + limited + " may not use the VM class guaranteed-small; it may use best-effort-small, "
                        + "best-effort-xsmall."));
        String valid = "\"name\": \"vm\", \"vmClass\": \"best-effort-small\", \"image\": \"" + UBUNTU
                + "\", \"storagePolicy\": \"" + VSAN + "\"";
        cases.add(unreadable("VM with the disk size as text", alice, path, "{" + valid + ", \"diskGib\": \"big\"}",
                "diskGib", "Expected a whole number."));
        cases.add(unreadable("VM with a fraction of a GiB", alice, path, "{" + valid + ", \"diskGib\": 2.5}",
                "diskGib", "Expected a whole number."));
        cases.add(unreadable("VM with a name that is a list", alice, path,
                "{\"name\": [\"vm\"], \"vmClass\": \"best-effort-small\", \"diskGib\": 20}", "name", "Expected text."));
        cases.add(refusedField("VM of a name in use", alice, path, validVm("taken-vm"), 409, "name",
                "Namespace " + ns + " has a VM named taken-vm already."));
        cases.add(new BadInput(alice, "POST", "/api/v1/namespaces/no-such-namespace/vms", validVm("vm"), 404,
                reply -> assertThat(reply.detail()).isEqualTo("No namespace named no-such-namespace."))
                .named("VM in a namespace that does not exist"));
        cases.add(new BadInput(alice, "POST", "/api/v1/namespaces/{ns}/pods",
                Map.of("name", "web", "containers", List.of(Map.of("name", "nginx", "image", "nginx:1.27",
                        "cpu", "250m", "memory", "512Mi"))), 409,
                reply -> assertThat(reply.detail()).startsWith("vSphere Pods run only on a single-zone Supervisor"))
                .named("vSphere Pod on a three-zone Supervisor"));
    }

    private void tkgClusters(List<Arguments> cases) {
        String path = "/api/v1/namespaces/{ns}/tkg-clusters";
        NodePool workers = new NodePool("workers", 1, "best-effort-small", null);
        Stream.of(
                cluster("tkg", 2, List.of(workers)),
                cluster("tkg", 0, List.of(workers)),
                new CreateTkgClusterCommand(null, null, null, null, null, null),
                cluster("c".repeat(48), 1, List.of(workers)),
                cluster("tkg", 1, List.of(new NodePool("workers", -1, "best-effort-small", null))),
                cluster("tkg", 1, List.of(new NodePool("workers", WorkloadRules.MAX_REPLICAS + 1, "best-effort-small",
                        null))),
                cluster("tkg", 1, List.of(workers, workers)),
                cluster("tkg", 1, Collections.singletonList(null)),
                cluster("c".repeat(40), 1, List.of(new NodePool("p".repeat(20), 1, "best-effort-small", null))),
                cluster("tkg", 1, IntStream.rangeClosed(1, WorkloadRules.MAX_NODE_POOLS + 1)
                        .mapToObj(i -> new NodePool("pool-" + i, 0, "best-effort-small", null)).toList()),
                cluster("tkg", 1, List.of(new NodePool("Workers!", 1, " ", null)))
        ).forEach(command -> cases.add(refused("TKG cluster " + command, alice, "POST", path, command,
                WorkloadRules.problems(command))));

        cases.add(refusedField("TKG cluster of a Kubernetes release not in the catalog", alice, path,
                new CreateTkgClusterCommand("tkg", "v0.0.1", 1, "best-effort-small", VSAN, List.of(workers)), 400,
                "kubernetesRelease", "No Kubernetes release v0.0.1 in the catalog; choose one of "));
        cases.add(refusedField("TKG cluster with a control plane of a VM class not in the catalog", alice, path,
                new CreateTkgClusterCommand("tkg", TKR, 1, "huge-class", VSAN, List.of(workers)), 400,
                "controlPlaneVmClass", "No VM class named huge-class"));
        cases.add(refusedField("TKG cluster with a pool of a VM class not in the catalog", alice, path,
                cluster("tkg", 1, List.of(new NodePool("workers", 1, "huge-class", null))), 400,
                "nodePools[0].vmClass", "No VM class named huge-class"));
        cases.add(refusedField("TKG cluster with a pool in a zone the Supervisor does not have", alice, path,
                cluster("tkg", 1, List.of(workers, new NodePool("edge", 1, "best-effort-small", "zone-x"))), 400,
                "nodePools[1].zone", "The Supervisor has no zone named zone-x; it has zone-a, zone-b, zone-c."));
        String valid = "\"name\": \"tkg\", \"kubernetesRelease\": \"" + TKR + "\", \"controlPlaneNodes\": 1, "
                + "\"controlPlaneVmClass\": \"best-effort-small\", \"storagePolicy\": \"" + VSAN + "\"";
        cases.add(unreadable("TKG cluster whose node pools are no list", alice, path,
                "{" + valid + ", \"nodePools\": \"three\"}", "nodePools", "Expected a JSON array."));
        cases.add(unreadable("TKG cluster with replicas as text", alice, path, "{" + valid
                        + ", \"nodePools\": [{\"name\": \"w\", \"replicas\": \"two\", \"vmClass\": \"best-effort-small\"}]}",
                "nodePools[0].replicas", "Expected a whole number."));
        cases.add(unreadable("TKG cluster with replicas beyond any int", alice, path, "{" + valid
                        + ", \"nodePools\": [{\"name\": \"w\", \"replicas\": 3000000000, \"vmClass\": \"best-effort-small\"}]}",
                "nodePools[0].replicas", "This number is out of range."));
        cases.add(unreadable("TKG cluster with control-plane nodes as true", alice, path,
                "{\"name\": \"tkg\", \"controlPlaneNodes\": true}", "controlPlaneNodes", "Expected a whole number."));
        cases.add(refusedField("TKG cluster of a name in use", alice, path, validCluster("taken-cluster"), 409, "name",
                "Namespace " + ns + " has a TKG cluster named taken-cluster already."));
    }

    private void quotaRequests(List<Arguments> cases) {
        String path = "/api/v1/namespaces/{ns}/quota-requests";
        Stream.of(
                new QuotaRequestCommand(null, null, null, null),
                new QuotaRequestCommand(0L, 3_000_000L, 30_000L, "More"),
                new QuotaRequestCommand(300_000L, 3_000_000L, -1L, "More"),
                new QuotaRequestCommand(600_000L, 3_000_000L, 30_000L, " "),
                new QuotaRequestCommand(600_000L, 3_000_000L, 30_000L, "line one\u0007bell")
        ).forEach(command -> {
            List<FieldProblem> expected = new ArrayList<>(NamespaceRules.limitProblems(command.cpuMhz(),
                    command.memoryMib(), command.storageGib()));
            NamespaceRules.justificationProblem(command.justification())
                    .ifPresent(message -> expected.add(new FieldProblem("justification", message)));
            cases.add(refused("quota request " + command, alice, "POST", path, command, expected));
        });
        cases.add(refusedField("quota request for the limits it has", alice, path,
                new QuotaRequestCommand(300_000L, 3_000_000L, 30_000L, "Same"), 400, "cpuMhz",
                "These are the namespace's limits already; change at least one."));
        Limits tooSmall = new Limits(3, 3_000_000, 30_000);
        cases.add(new BadInput(alice, "POST", path, new QuotaRequestCommand(tooSmall.cpuMhz(), tooSmall.memoryMib(),
                tooSmall.storageGib(), "Less"), 400, reply -> assertThat(reply.errors()).containsExactlyElementsOf(inEnglish(List.of(
                new FieldProblem("cpuMhz", quotaLedger.resplitProblem(namespaceId(ns), tooSmall).orElseThrow())))))
                .named("quota request for less than is in use"));
        cases.add(unreadable("quota request with memory as text", alice, path,
                "{\"cpuMhz\": 1, \"memoryMib\": \"a lot\", \"storageGib\": 1, \"justification\": \"x\"}",
                "memoryMib", "Expected a whole number."));
    }

    private void decisionsPermissionsCatalogAndAudit(List<Arguments> cases) {
        cases.add(refused("rejection without a reason", admin, "POST", "/api/v1/namespace-requests/{pending}/reject",
                Map.of(), List.of(new FieldProblem("reason", NamespaceRules.reasonProblem(null).orElseThrow()))));
        cases.add(refused("approval with a zero CPU limit", admin, "POST",
                "/api/v1/namespace-requests/{pending}/approve", Map.of("cpuMhz", 0),
                NamespaceRules.limitProblems(0L, null, null)));
        cases.add(new BadInput(admin, "POST", "/api/v1/namespace-requests/999999999/approve", null, 404,
                reply -> assertThat(reply.detail()).isEqualTo("No namespace request with id 999999999."))
                .named("approval of a request that does not exist"));
        cases.add(refusedSaying("permission for nobody", alice, "PUT", "/api/v1/namespaces/{ns}/permissions", Map.of(),
                List.of(new ShownError("subject", "Name a user or a team and a role (VIEW, EDIT or OWNER)."))));
        cases.add(unreadable("permission of a role that does not exist", alice, "/api/v1/namespaces/{ns}/permissions",
                "PUT", "{\"subjectType\": \"USER\", \"subject\": \"" + admin + "\", \"role\": \"ADMIN\"}", "role",
                "Expected one of VIEW, EDIT, OWNER."));
        cases.add(refusedSaying("permission for a user who does not exist", alice, "PUT",
                "/api/v1/namespaces/{ns}/permissions",
                Map.of("subjectType", "USER", "subject", "nobody-at-all", "role", "VIEW"),
                List.of(new ShownError("subject", "There is no user named nobody-at-all."))));
        cases.add(refusedSaying("revoking from a group", alice, "DELETE",
                "/api/v1/namespaces/{ns}/permissions/group/x", null,
                List.of(new ShownError("subjectType", "Use one of user, team; 'group' is none of them."))));
        cases.add(refusedField("revoking the last owner", alice, "DELETE",
                "/api/v1/namespaces/{ns}/permissions/user/" + alice, null, 409, "subject",
                "Namespace " + ns + " needs at least one owner; make someone else owner first."));
        cases.add(refusedSaying("catalog grant of a VM class the catalog lacks", admin, "PUT",
                "/api/v1/namespaces/{ns}/catalog/vm-class", Map.of("entries", List.of("best-effort-small", "nope")),
                List.of(new ShownError("entries", "The catalog has no VM class named nope."))));
        cases.add(refusedField("catalog grant without a list", admin, "PUT", "/api/v1/namespaces/{ns}/catalog/image",
                Map.of(), 400, "entries", "Name the kind"));
        cases.add(refusedSaying("catalog grant of an unknown kind", admin, "PUT",
                "/api/v1/namespaces/{ns}/catalog/flavour",
                Map.of("entries", List.of()), List.of(new ShownError("kind",
                        "Use one of vm-class, image, storage-policy; 'flavour' is none of them."))));
        cases.add(refused("VM class with an invalid name", admin, "POST", "/api/v1/catalog/vm-classes",
                Map.of("name", "Big_Class", "cpus", 2, "memoryMib", 2048, "reservation", "GUARANTEED"),
                List.of(new FieldProblem("name", Dns1123.labelProblem("Big_Class").orElseThrow()))));
        cases.add(refusedField("VM class without vCPUs", admin, "POST", "/api/v1/catalog/vm-classes",
                Map.of("name", "tiny", "cpus", 0, "memoryMib", 2048, "reservation", "GUARANTEED"), 400, "cpus",
                "A VM class needs at least 1 vCPU"));
        cases.add(refusedField("VM class larger than any host", admin, "POST", "/api/v1/catalog/vm-classes",
                Map.of("name", "monster", "cpus", 5000, "memoryMib", 2048, "reservation", "GUARANTEED"), 400, "cpus",
                "A VM class has at most 1,024 vCPUs"));
        cases.add(unreadable("VM class of an unknown reservation", admin, "/api/v1/catalog/vm-classes", "POST",
                "{\"name\": \"odd\", \"cpus\": 2, \"memoryMib\": 2048, \"reservation\": \"SOMETIMES\"}", "reservation",
                "Expected one of GUARANTEED, BEST_EFFORT."));
        cases.add(refusedField("VM class of a name in use", admin, "POST", "/api/v1/catalog/vm-classes",
                Map.of("name", "best-effort-small", "cpus", 2, "memoryMib", 4096, "reservation", "BEST_EFFORT"), 409,
                "name", "A VM class named best-effort-small exists already."));
        cases.add(refusedField("catalog item with an overlong description", admin, "POST", "/api/v1/catalog/items",
                Map.of("kind", "IMAGE", "name", "debian-13", "description", "d".repeat(201)), 400, "description",
                "Use at most 200 characters; this description has 201."));
        cases.add(refusedField("catalog item without a kind", admin, "POST", "/api/v1/catalog/items",
                Map.of("name", "debian-13"), 400, "kind", "Choose IMAGE, STORAGE_POLICY or KUBERNETES_RELEASE."));
        cases.add(refusedField("catalog item already there, but for spaces", admin, "POST", "/api/v1/catalog/items",
                Map.of("kind", "IMAGE", "name", " " + UBUNTU + " "), 409, "name",
                "The catalog has " + UBUNTU + " already."));
        for (String limit : List.of("0", "-5", "1001")) {
            cases.add(refusedSaying("audit log of " + limit + " entries", admin, "GET",
                    "/api/v1/audit?limit=" + limit, null,
                    List.of(new ShownError("limit", "Ask for 1 to 1,000 entries."))));
        }
        cases.add(refusedSaying("audit log of 'many' entries", admin, "GET", "/api/v1/audit?limit=many", null,
                List.of(new ShownError("limit", "Expected a whole number, not 'many'."))));
    }

    /**
     * A refusal whose problems are exactly the rules' {@code expected}, the first one's message as the detail: invalid
     * input, with the rules' message keys as the codes of the problem and of each field.
     */
    private static Arguments refused(String description, String user, String method, String path, Object body,
                                     List<FieldProblem> expected) {
        assertThat(expected).as("the rules refuse " + description).isNotEmpty();
        return new BadInput(user, method, path, body, 400, saying(inEnglish(expected)).andThen(reply -> {
            assertThat(reply.type()).isEqualTo(ProblemType.INVALID_INPUT.uri().toString());
            assertThat(reply.errorCodes()).isEqualTo(codes(expected));
            assertThat(reply.code()).isEqualTo(expected.getFirst().message().key());
        })).named(description);
    }

    /** A refusal whose problems read exactly {@code expected} in English, the first one's message as the detail. */
    private static Arguments refusedSaying(String description, String user, String method, String path, Object body,
                                           List<ShownError> expected) {
        assertThat(expected).as("the rules refuse " + description).isNotEmpty();
        return new BadInput(user, method, path, body, 400, saying(expected)).named(description);
    }

    private static Consumer<Reply> saying(List<ShownError> expected) {
        return reply -> {
            assertThat(reply.errors()).isEqualTo(expected);
            assertThat(reply.detail()).isEqualTo(expected.getFirst().message());
        };
    }

    /** A refusal naming one field, with a message starting so (the rest lists the catalog, which tests share). */
    private static Arguments refusedField(String description, String user, String path, Object body, int status,
                                          String field, String messageStart) {
        return refusedField(description, user, "POST", path, body, status, field, messageStart);
    }

    private static Arguments refusedField(String description, String user, String method, String path, Object body,
                                          int status, String field, String messageStart) {
        return new BadInput(user, method, path, body, status, reply -> assertThat(reply.errors()).singleElement()
                .satisfies(error -> {
                    assertThat(error.field()).isEqualTo(field);
                    assertThat(error.message()).startsWith(messageStart);
                    assertThat(reply.detail()).isEqualTo(error.message());
                })).named(description);
    }

    private static Arguments unreadable(String description, String user, String path, String json, String field,
                                        String message) {
        return unreadable(description, user, path, "POST", json, field, message);
    }

    private static Arguments unreadable(String description, String user, String path, String method, String json,
                                        String field, String message) {
        return new BadInput(user, method, path, json, 400, saying(List.of(new ShownError(field, message)))
                .andThen(reply -> {
                    assertThat(reply.type()).isEqualTo(ProblemType.UNREADABLE_BODY.uri().toString());
                    assertThat(reply.code()).startsWith("api.body.");
                    assertThat(reply.errorCodes()).containsExactly(reply.code());
                })).named(description);
    }

    private static Arguments unreadableBody(String description, String user, String path, String json,
                                            String detailStart) {
        return new BadInput(user, "POST", path, json, 400, reply -> {
            assertThat(reply.detail()).startsWith(detailStart);
            assertThat(reply.errors()).isEmpty();
            assertThat(reply.type()).isEqualTo(ProblemType.UNREADABLE_BODY.uri().toString());
            assertThat(reply.code()).startsWith("api.body.");
        }).named(description);
    }

    private static CreateVmCommand validVm(String name) {
        return new CreateVmCommand(name, "best-effort-small", UBUNTU, VSAN, 20L, null);
    }

    private static CreateTkgClusterCommand validCluster(String name) {
        return cluster(name, 1, List.of(new NodePool("workers", 1, "best-effort-small", null)));
    }

    private static CreateTkgClusterCommand cluster(String name, Integer controlPlaneNodes, List<NodePool> pools) {
        return new CreateTkgClusterCommand(name, TKR, controlPlaneNodes, "best-effort-small", VSAN, pools);
    }

    private long namespaceId(String name) {
        return jdbc.queryForObject("select id from namespace where name = ?", Long.class, name);
    }

    /** One row of the table: who sends what where, and what must come back. */
    record BadInput(String user, String method, String path, Object body, int status, Consumer<Reply> check) {

        Arguments named(String description) {
            return Arguments.of(description.length() > 140 ? description.substring(0, 140) + "…" : description, this);
        }
    }
}
