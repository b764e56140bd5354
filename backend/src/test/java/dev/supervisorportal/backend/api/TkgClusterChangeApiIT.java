package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.users.Role;
import dev.supervisorportal.backend.workloads.CreateTkgClusterCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changing a TKG cluster through the API ({@code PATCH …/tkg-clusters/{name}}, {@code POST …/{name}/what-if}): each
 * role's answer, and a problem detail for each refusal (a release that skips a minor or is not newer, an immutable
 * field, quota, a stale version, a roll still running). A refusal writes nothing.
 */
class TkgClusterChangeApiIT extends ApiIntegrationTest {

    static final String OLD = "v1.29.4---vmware.3-fips.1-tkg.1";
    static final String OLDEST = "v1.28.8---vmware.1-fips.1-tkg.2";

    String owner;
    String viewer;
    String editor;
    String stranger;
    String admin;
    String ns;
    String path;

    @BeforeEach
    void clusterInANamespaceWithOneUserPerRole() {
        catalog.seed(List.of(), List.of(
                new dev.supervisorportal.backend.catalog.CatalogItemView(
                        dev.supervisorportal.backend.catalog.CatalogKind.KUBERNETES_RELEASE, OLD, "Kubernetes 1.29"),
                new dev.supervisorportal.backend.catalog.CatalogItemView(
                        dev.supervisorportal.backend.catalog.CatalogKind.KUBERNETES_RELEASE, OLDEST,
                        "Kubernetes 1.28")));
        owner = user("owner", Role.DEVOPS, null);
        viewer = user("viewer", Role.DEVOPS, null);
        editor = user("editor", Role.DEVOPS, null);
        stranger = user("stranger", Role.DEVOPS, null);
        admin = user("admin", Role.ADMIN, null);
        ns = approvedNamespace(owner, admin, 60_000, 262_144, 2_000);
        assertThat(put(owner, "/api/v1/namespaces/" + ns + "/permissions",
                Map.of("subjectType", "USER", "subject", viewer, "role", "VIEW")).status()).isEqualTo(200);
        assertThat(put(owner, "/api/v1/namespaces/" + ns + "/permissions",
                Map.of("subjectType", "USER", "subject", editor, "role", "EDIT")).status()).isEqualTo(200);
        Reply created = post(owner, "/api/v1/namespaces/" + ns + "/tkg-clusters", new CreateTkgClusterCommand("dev",
                OLDEST, 1, "best-effort-small", VSAN, List.of(new CreateTkgClusterCommand.NodePool("workers", 1,
                "best-effort-small", null))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        path = "/api/v1/namespaces/" + ns + "/tkg-clusters/dev";
    }

    private Reply patch(String user, Object body) {
        return call(user, HttpMethod.PATCH, path, body, "en");
    }

    private static Map<String, Object> workers(int replicas) {
        return Map.of("nodePools", List.of(Map.of("name", "workers", "replicas", replicas,
                "vmClass", "best-effort-small")));
    }

    @Test
    void editorsAndOwnersChangeTheClusterAndTheVersionGoesUp() {
        Reply scaled = patch(editor, workers(2));
        assertThat(scaled.status()).as(scaled.body()).isEqualTo(200);
        assertThat(scaled.json().path("nodes").values()).hasSize(3);
        long version = scaled.json().path("version").asLong();

        Reply upgraded = patch(owner, Map.of("kubernetesRelease", OLD, "version", version));
        assertThat(upgraded.status()).as(upgraded.body()).isEqualTo(200);
        assertThat(upgraded.json().path("kubernetesRelease").asString()).isEqualTo(OLD);
        assertThat(upgraded.json().path("version").asLong()).isEqualTo(version + 1);
        assertThat(upgraded.json().path("rollout").asString()).isEqualTo("Upgrading to v1.29.4: 0 of 3 nodes");
    }

    @Test
    void eachRoleWithoutEditIsRefusedAndNothingIsWrittenAdminsMay() {
        assertRefused(() -> patch(null, workers(2)), 401, ProblemType.UNAUTHENTICATED, null);
        assertRefused(() -> patch(viewer, workers(2)), 403, ProblemType.FORBIDDEN, "namespaces.role-needed");
        assertRefused(() -> call(viewer, HttpMethod.POST, path + "/what-if", workers(2), "en"), 403,
                ProblemType.FORBIDDEN, "namespaces.role-needed");
        assertRefused(() -> patch(stranger, workers(2)), 404, ProblemType.NOT_FOUND, "namespaces.not-found");
        // Administrators may do everything in every namespace, as they may create and delete there.
        Reply byAdmin = patch(admin, workers(2));
        assertThat(byAdmin.status()).as(byAdmin.body()).isEqualTo(200);
        assertThat(byAdmin.json().path("nodes").values()).hasSize(3);
    }

    @Test
    void eachRefusalIsAProblemDetailWithItsCode() {
        Reply skips = assertRefused(() -> patch(editor, Map.of("kubernetesRelease", TKR)), 400,
                ProblemType.INVALID_INPUT, null);
        assertThat(skips.errors()).containsExactly(new ShownError("kubernetesRelease",
                "v1.30.1 skips a minor version: from v1.28.8 upgrade to v1.29 first (the catalog offers: v1.29.4)."));
        assertThat(skips.errorCodes()).containsExactly("workloads.upgrade.skips-minor");

        Reply immutable = assertRefused(() -> patch(editor, Map.of("controlPlaneNodes", 3)), 400,
                ProblemType.INVALID_INPUT, null);
        assertThat(immutable.errorCodes()).containsExactly("workloads.tkg-change.immutable");

        Reply quota = assertRefused(() -> patch(editor, workers(100)), 409, ProblemType.QUOTA_EXCEEDED, null);
        assertThat(quota.detail()).contains("CPU");

        assertRefused(() -> patch(editor, Map.of("kubernetesRelease", "v9.9.9")), 400, ProblemType.INVALID_INPUT,
                null);
        assertRefused(() -> call(editor, HttpMethod.PATCH, "/api/v1/namespaces/" + ns + "/tkg-clusters/none",
                workers(2), "en"), 404, ProblemType.NOT_FOUND, "workloads.tkg-cluster.not-found");

        long version = patch(editor, Map.of()).json().path("version").asLong();
        assertThat(patch(editor, Map.of("kubernetesRelease", OLD, "version", version)).status()).isEqualTo(200);
        Reply stale = assertRefused(() -> patch(owner, Map.of("nodePools", List.of(Map.of("name", "workers",
                "replicas", 2, "vmClass", "best-effort-small")), "version", version)), 409,
                ProblemType.CONCURRENT_CHANGE, "common.stale-version");
        assertThat(stale.detail()).contains("release v1.29.4");
        assertRefused(() -> patch(editor, Map.of("nodePools", List.of(Map.of("name", "workers", "replicas", 1,
                "vmClass", "best-effort-large")))), 409, ProblemType.CONFLICT, "workloads.rollout.in-progress");
    }

    @Test
    void theWhatIfAnswersForAScaleAndAnUpgradeAndWritesNothing() {
        Map<String, Long> before = rowCounts();
        Reply scale = call(editor, HttpMethod.POST, path + "/what-if", workers(3), "en");
        assertThat(scale.status()).as(scale.body()).isEqualTo(200);
        assertThat(scale.json().path("fitsQuota").asBoolean()).isTrue();
        assertThat(scale.json().path("quota").values()).isNotEmpty();

        Reply tooMany = call(editor, HttpMethod.POST, path + "/what-if", workers(100), "en");
        assertThat(tooMany.json().path("fitsQuota").asBoolean()).isFalse();
        assertThat(tooMany.json().path("verdict").asString()).startsWith("Does not fit").contains("CPU");

        Reply upgrade = call(editor, HttpMethod.POST, path + "/what-if", Map.of("kubernetesRelease", OLD), "en");
        assertThat(upgrade.json().path("fitsQuota").asBoolean()).as(upgrade.body()).isTrue();
        assertThat(upgrade.json().path("placements").values()).as("the one extra node of the roll").hasSize(1);

        Reply down = call(editor, HttpMethod.POST, path + "/what-if", workers(0), "en");
        assertThat(down.json().path("verdict").asString()).startsWith("Nothing new to place: the change frees");
        Reply unchanged = call(editor, HttpMethod.POST, path + "/what-if", Map.of(), "en");
        assertThat(unchanged.json().path("verdict").asString()).isEqualTo("No change yet: the cluster is as you asked.");
        assertThat(rowCounts()).isEqualTo(before);
    }

    private Reply assertRefused(java.util.function.Supplier<Reply> call, int status, ProblemType type, String code) {
        Map<String, Long> before = rowCounts();
        Reply reply = call.get().assertProblem(status);
        assertThat(reply.type()).as(reply.body()).isEqualTo("/problems/" + type.slug());
        if (code != null) {
            assertThat(reply.code()).as(reply.body()).isEqualTo(code);
        }
        assertThat(rowCounts()).isEqualTo(before);
        return reply;
    }
}
