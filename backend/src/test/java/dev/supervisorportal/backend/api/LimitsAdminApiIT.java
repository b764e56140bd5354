package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.users.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Count limits, an admin's direct change of a namespace's limits, deleting a namespace and removing a host, through
 * the API: a problem detail (type and code) for each refusal, which writes nothing, and each role's answer.
 */
class LimitsAdminApiIT extends ApiIntegrationTest {

    String owner;
    String viewer;
    String editor;
    String stranger;
    String admin;
    String ns;

    @BeforeEach
    void namespaceWithOneUserPerRole() {
        owner = user("owner", Role.DEVOPS, null);
        viewer = user("viewer", Role.DEVOPS, null);
        editor = user("editor", Role.DEVOPS, null);
        stranger = user("stranger", Role.DEVOPS, null);
        admin = user("admin", Role.ADMIN, null);
        ns = unique("ns");
        Map<String, Object> request = new HashMap<>(Map.of("name", ns, "cpuMhz", 60_000, "memoryMib", 262_144,
                "storageGib", 2_000, "justification", "API tests", "maxVms", 5, "maxTkgClusters", 2));
        Reply submitted = post(owner, "/api/v1/namespace-requests", request);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        assertThat(submitted.json().path("requestedCounts").path("maxVms").asLong()).isEqualTo(5);
        // Adjusted: the body's count limits replace the asked ones.
        Map<String, Object> adjusted = new HashMap<>(Map.of("cpuMhz", 60_000, "memoryMib", 262_144, "storageGib",
                2_000, "maxVms", 1, "maxTkgClusters", 2));
        Reply approved = post(admin, "/api/v1/namespace-requests/" + submitted.json().path("id").asLong()
                + "/approve", adjusted);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().path("approvedCounts").path("maxVms").asLong()).isEqualTo(1);
        grant(viewer, "VIEW");
        grant(editor, "EDIT");
        assertThat(post(owner, "/api/v1/namespaces/" + ns + "/vms", vm("web-1")).status()).isEqualTo(201);
    }

    @Test
    void aCreatePastTheCountLimitIsAQuotaProblemWithTheCount() {
        assertThat(refused(409, "quota-exceeded", "namespaces.count.exceeded",
                () -> post(editor, "/api/v1/namespaces/" + ns + "/vms", vm("web-2"))).detail())
                .isEqualTo("Namespace " + ns + " holds 1 of at most 1 VM; delete one first or ask for a higher limit.");
        refused(409, "quota-exceeded", "namespaces.count.exceeded",
                () -> post(editor, "/api/v1/namespaces/" + ns + "/vms/what-if", vm("web-2")));
        Reply manifest = refused(409, "quota-exceeded", "namespaces.count.exceeded", () -> call(editor,
                MockMvcRequestBuilders.post("/api/v1/namespaces/" + ns + "/manifests").contentType("application/yaml")
                        .content("apiVersion: vmoperator.vmware.com/v1alpha3\nkind: VirtualMachine\n"
                                + "metadata: {name: web-2}\nspec: {className: best-effort-small, imageName: " + UBUNTU
                                + ", storageClass: " + VSAN + "}\n")));
        assertThat(manifest.detail()).contains("VirtualMachine web-2").contains("holds 1 of at most 1 VM");
        Reply details = get(viewer, "/api/v1/namespaces/" + ns);
        assertThat(details.json().path("countLimits").path("maxVms").asLong()).isEqualTo(1);
        assertThat(details.json().path("counts").path("VM").asLong()).isEqualTo(1);
        assertThat(details.json().path("administrable").asBoolean()).isFalse();
    }

    @Test
    void onlyAdminsEditLimitsAndEachRefusalIsAProblem() {
        String path = "/api/v1/namespaces/" + ns + "/limits";
        Map<String, Object> body = limits(90_000, 10, "Release week");
        assertThat(put(null, path, body).status()).isEqualTo(401);
        for (String devops : List.of(owner, editor, viewer, stranger)) {
            refused(403, "forbidden", "api.denied-admins-only", () -> put(devops, path, body));
        }
        long version = get(admin, "/api/v1/namespaces/" + ns).json().path("version").asLong();

        refused(400, "invalid-input", "namespaces.limits.reason-missing", () -> put(admin, path, limits(90_000, 10, "")));
        refused(400, "invalid-input", "namespaces.count-limit.negative", () -> put(admin, path, limits(90_000, -1, "x")));
        // 60,000 MHz over three zones and best-effort-small (2 vCPUs): 4,000 MHz in use in one zone.
        refused(409, "quota-exceeded", "quota.below-use", () -> put(admin, path, limits(3_000, 10, "shrink")));
        refused(409, "conflict", "namespaces.count-limit.below-use", () -> put(admin, path, limits(90_000, 0, "none")));
        Reply whatIf = post(admin, path + "/what-if", limits(90_000, 0, "none"));
        assertThat(whatIf.status()).isEqualTo(200);
        assertThat(whatIf.json().values()).extracting(problem -> problem.path("field").asString())
                .containsExactly("maxVms");
        refused(404, "not-found", "namespaces.not-found", () -> put(admin, "/api/v1/namespaces/nope/limits", body));

        Map<String, Object> versioned = new HashMap<>(body);
        versioned.put("version", version);
        Reply changed = put(admin, path, versioned);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().path("limits").path("cpuMhz").asLong()).isEqualTo(90_000);
        assertThat(changed.json().path("countLimits").path("maxVms").asLong()).isEqualTo(10);
        assertThat(changed.json().path("administrable").asBoolean()).isTrue();
        refused(409, "concurrent-change", "common.stale-version", () -> put(admin, path, versioned));
    }

    @Test
    void onlyAdminsDeleteANamespaceAndOnlyAfterItsNameIsTyped() {
        String path = "/api/v1/namespaces/" + ns;
        assertThat(delete(null, path).status()).isEqualTo(401);
        for (String devops : List.of(owner, editor, viewer, stranger)) {
            refused(403, "forbidden", "api.denied-admins-only", () -> delete(devops, path + "?withWorkloads=true&confirm=" + ns));
        }
        assertThat(refused(409, "conflict", "namespaces.delete.not-empty", () -> delete(admin, path)).detail())
                .startsWith("Namespace " + ns + " still holds 1 VM;");
        refused(400, "invalid-input", "namespaces.delete.confirm-mismatch",
                () -> delete(admin, path + "?withWorkloads=true&confirm=other"));
        refused(400, "invalid-input", "namespaces.delete.confirm-mismatch", () -> delete(admin, path + "?withWorkloads=true"));
        refused(404, "not-found", "namespaces.not-found", () -> delete(admin, "/api/v1/namespaces/nope"));

        assertThat(delete(admin, path + "?withWorkloads=true&confirm=" + ns).status()).isEqualTo(204);
        assertThat(get(admin, path).status()).isEqualTo(404);
        assertThat(get(owner, "/api/v1/namespaces").json().values()).extracting(n -> n.path("name").asString())
                .doesNotContain(ns);
    }

    @Test
    void onlyAdminsRemoveAHostAndOnlyAnEmptyOneInMaintenance() {
        String host = unique("esx-rm");
        assertThat(post(admin, "/api/v1/hosts", Map.of("zone", "zone-a", "name", host, "cpuMhz", 10_000,
                "memoryMib", 10_000, "storageGib", 100)).status()).isEqualTo(201);
        String path = "/api/v1/hosts/" + host;
        assertThat(delete(null, path).status()).isEqualTo(401);
        refused(403, "forbidden", "api.denied-admins-only", () -> delete(owner, path));
        refused(409, "conflict", "inventory.host.remove-not-in-maintenance", () -> delete(admin, path));
        refused(404, "not-found", "inventory.host.not-found", () -> delete(admin, "/api/v1/hosts/esx-nope"));

        assertThat(post(admin, path + "/maintenance", null).status()).isEqualTo(200);
        assertThat(delete(admin, path).status()).isEqualTo(204);
        assertThat(get(admin, path).status()).isEqualTo(404);
    }

    private void grant(String user, String role) {
        assertThat(put(owner, "/api/v1/namespaces/" + ns + "/permissions",
                Map.of("subjectType", "USER", "subject", user, "role", role)).status()).isEqualTo(200);
    }

    /** Asserts a problem of this status, type and code, and that nothing was written. */
    private Reply refused(int status, String type, String code, Supplier<Reply> call) {
        Map<String, Long> before = rowCounts();
        Reply reply = call.get().assertProblem(status);
        assertThat(reply.type()).as(reply.body()).isEqualTo("/problems/" + type);
        assertThat(reply.code()).as(reply.body()).isEqualTo(code);
        assertThat(rowCounts()).isEqualTo(before);
        return reply;
    }

    private static Map<String, Object> limits(long cpuMhz, long maxVms, String reason) {
        return new HashMap<>(Map.of("cpuMhz", cpuMhz, "memoryMib", 262_144, "storageGib", 2_000, "maxVms", maxVms,
                "maxTkgClusters", 2, "reason", reason));
    }

    private static Map<String, Object> vm(String name) {
        return Map.of("name", name, "vmClass", "best-effort-small", "image", UBUNTU, "storagePolicy", VSAN,
                "diskGib", 20);
    }
}
