package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.namespaces.NamespaceRequestCommand;
import dev.supervisorportal.backend.namespaces.QuotaRequestCommand;
import dev.supervisorportal.backend.users.Role;
import dev.supervisorportal.backend.workloads.CreateTkgClusterCommand;
import dev.supervisorportal.backend.workloads.CreateVmCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role's refusals through the API: VIEW sees, EDIT also creates and deletes workloads and asks for quota, OWNER
 * also manages permissions; whoever holds no role finds no such namespace (404, as for a missing one); only admins decide, read the audit log
 * and keep the catalog. A refusal writes nothing.
 */
class RoleRefusalsApiIT extends ApiIntegrationTest {

    String owner;
    String viewer;
    String editor;
    String stranger;
    String admin;
    String otherAdmin;
    String ns;

    @BeforeEach
    void namespaceWithOneUserPerRole() {
        owner = user("owner", Role.DEVOPS, null);
        viewer = user("viewer", Role.DEVOPS, null);
        editor = user("editor", Role.DEVOPS, null);
        stranger = user("stranger", Role.DEVOPS, null);
        admin = user("admin", Role.ADMIN, null);
        otherAdmin = user("admin2", Role.ADMIN, null);
        ns = approvedNamespace(owner, admin, 60_000, 262_144, 2_000);
        assertThat(put(owner, "/api/v1/namespaces/" + ns + "/permissions",
                Map.of("subjectType", "USER", "subject", viewer, "role", "VIEW")).status()).isEqualTo(200);
        assertThat(put(owner, "/api/v1/namespaces/" + ns + "/permissions",
                Map.of("subjectType", "USER", "subject", editor, "role", "EDIT")).status()).isEqualTo(200);
        assertThat(post(owner, "/api/v1/namespaces/" + ns + "/vms", vm("existing")).status()).isEqualTo(201);
    }

    @Test
    void viewSeesTheNamespaceAndItsWorkloadsButChangesNothing() {
        assertThat(get(viewer, "/api/v1/namespaces/" + ns).json().path("yourRole").asString()).isEqualTo("VIEW");
        assertThat(get(viewer, "/api/v1/namespaces/" + ns + "/vms").json().values())
                .extracting(vm -> vm.path("name").asString()).containsExactly("existing");
        assertThat(get(viewer, "/api/v1/namespaces/" + ns + "/vms/existing").status()).isEqualTo(200);
        assertThat(get(viewer, "/api/v1/namespaces/" + ns + "/tkg-clusters").status()).isEqualTo(200);
        assertThat(get(viewer, "/api/v1/namespaces/" + ns + "/quota-requests").status()).isEqualTo(200);

        assertRefused(403, "You need EDIT permission in namespace " + ns + " to create VMs; you have VIEW.",
                () -> post(viewer, "/api/v1/namespaces/" + ns + "/vms", vm("mine")));
        assertRefused(403, "You need EDIT permission in namespace " + ns + " to delete VMs; you have VIEW.",
                () -> delete(viewer, "/api/v1/namespaces/" + ns + "/vms/existing"));
        assertRefused(403, "You need EDIT permission in namespace " + ns + " to create TKG clusters; you have VIEW.",
                () -> post(viewer, "/api/v1/namespaces/" + ns + "/tkg-clusters", cluster("mine")));
        assertRefused(403, "You need EDIT permission in namespace " + ns + " to ask for more quota; you have VIEW.",
                () -> post(viewer, "/api/v1/namespaces/" + ns + "/quota-requests", moreQuota()));
        assertRefused(403, "You need OWNER permission in namespace " + ns + " to manage its permissions; you have VIEW.",
                () -> put(viewer, "/api/v1/namespaces/" + ns + "/permissions",
                        Map.of("subjectType", "USER", "subject", viewer, "role", "OWNER")));
    }

    @Test
    void editCreatesAndDeletesWorkloadsAndAsksForQuotaButDoesNotManagePermissions() {
        assertThat(post(editor, "/api/v1/namespaces/" + ns + "/vms", vm("edited")).status()).isEqualTo(201);
        assertThat(delete(editor, "/api/v1/namespaces/" + ns + "/vms/edited").status()).isEqualTo(204);
        assertThat(post(editor, "/api/v1/namespaces/" + ns + "/quota-requests", moreQuota()).status()).isEqualTo(201);

        assertRefused(403, "You need OWNER permission in namespace " + ns + " to manage its permissions; you have EDIT.",
                () -> put(editor, "/api/v1/namespaces/" + ns + "/permissions",
                        Map.of("subjectType", "USER", "subject", editor, "role", "OWNER")));
        assertRefused(403, "You need OWNER permission in namespace " + ns + " to manage its permissions; you have EDIT.",
                () -> delete(editor, "/api/v1/namespaces/" + ns + "/permissions/user/" + viewer));
        assertRefused(403, "Only administrators may do this.",
                () -> put(editor, "/api/v1/namespaces/" + ns + "/catalog/vm-class", Map.of("entries", List.of())));
    }

    @Test
    void ownerManagesPermissions() {
        assertThat(put(owner, "/api/v1/namespaces/" + ns + "/permissions",
                Map.of("subjectType", "USER", "subject", viewer, "role", "EDIT")).json().path("permissions").values())
                .extracting(p -> p.path("subject").asString() + ":" + p.path("role").asString())
                .contains(viewer + ":EDIT");
        assertThat(delete(owner, "/api/v1/namespaces/" + ns + "/permissions/USER/" + viewer).status()).isEqualTo(204);
        assertThat(get(viewer, "/api/v1/namespaces/" + ns).status()).isEqualTo(404);
    }

    /**
     * A namespace the caller holds no role in answers on every namespace-scoped route exactly as one that does not
     * exist: the same status and the same problem, but for the name. So nobody learns which names other teams use.
     */
    @Test
    void aNamespaceYouMayNotSeeAnswersLikeOneThatDoesNotExist() {
        String missing = unique("ns");
        assertThat(get(stranger, "/api/v1/namespaces").json().values()).extracting(n -> n.path("name").asString())
                .doesNotContain(ns);
        for (String route : List.of("", "/vms", "/vms/existing", "/vms/existing/placement", "/vms/existing/manifest",
                "/tkg-clusters", "/tkg-clusters/c", "/tkg-clusters/c/nodes/n/placement", "/tkg-clusters/c/manifest",
                "/pods", "/pods/p", "/pods/p/placement", "/pods/p/manifest", "/quota-requests", "/events")) {
            assertSameAsMissing(missing, name -> get(stranger, "/api/v1/namespaces/" + name + route));
        }
        assertSameAsMissing(missing, name -> post(stranger, "/api/v1/namespaces/" + name + "/vms", vm("mine")));
        assertSameAsMissing(missing, name -> post(stranger, "/api/v1/namespaces/" + name + "/vms/what-if", vm("m")));
        assertSameAsMissing(missing, name -> delete(stranger, "/api/v1/namespaces/" + name + "/vms/existing"));
        assertSameAsMissing(missing, name -> post(stranger, "/api/v1/namespaces/" + name + "/tkg-clusters",
                cluster("mine")));
        assertSameAsMissing(missing, name -> post(stranger, "/api/v1/namespaces/" + name + "/tkg-clusters/what-if",
                cluster("mine")));
        assertSameAsMissing(missing, name -> delete(stranger, "/api/v1/namespaces/" + name + "/tkg-clusters/c"));
        assertSameAsMissing(missing, name -> delete(stranger, "/api/v1/namespaces/" + name + "/pods/p"));
        assertSameAsMissing(missing, name -> post(stranger, "/api/v1/namespaces/" + name + "/quota-requests",
                moreQuota()));
        assertSameAsMissing(missing, name -> put(stranger, "/api/v1/namespaces/" + name + "/permissions",
                Map.of("subjectType", "USER", "subject", stranger, "role", "OWNER")));
        assertSameAsMissing(missing, name -> delete(stranger, "/api/v1/namespaces/" + name + "/permissions/USER/"
                + owner));
        assertSameAsMissing(missing, name -> call(stranger, MockMvcRequestBuilders
                .post("/api/v1/namespaces/" + name + "/manifests").contentType("application/yaml")
                .content("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n"
                        + "  - {name: c, image: nginx, resources: {requests: {cpu: 100m, memory: 64Mi}}}\n")));
    }

    /** The route answers for {@code ns} exactly as for {@code missing}, a 404 that names the namespace, and writes nothing. */
    private void assertSameAsMissing(String missing, Function<String, Reply> route) {
        Map<String, Long> before = rowCounts();
        Reply hidden = route.apply(ns).assertProblem(404);
        Reply absent = route.apply(missing).assertProblem(404);
        assertThat(hidden.body().replace(ns, "NAME")).isEqualTo(absent.body().replace(missing, "NAME"));
        assertThat(hidden.detail()).isEqualTo("No namespace named " + ns + ".");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void onlyAdminsDecideReadTheAuditLogAndKeepTheCatalog() {
        long namespaceRequest = post(owner, "/api/v1/namespace-requests", new NamespaceRequestCommand(unique("more"),
                1000L, 1024L, 10L, "Another")).json().path("id").asLong();
        long quotaRequest = post(owner, "/api/v1/namespaces/" + ns + "/quota-requests", moreQuota()).json()
                .path("id").asLong();
        String onlyAdmins = "Only administrators may do this.";

        for (String devops : List.of(owner, editor, stranger)) {
            assertRefused(403, onlyAdmins, () -> get(devops, "/api/v1/namespace-requests/pending"));
            assertRefused(403, onlyAdmins, () -> post(devops, "/api/v1/namespace-requests/" + namespaceRequest
                    + "/approve", null));
            assertRefused(403, onlyAdmins, () -> post(devops, "/api/v1/namespace-requests/" + namespaceRequest
                    + "/reject", Map.of("reason", "no")));
            assertRefused(403, onlyAdmins, () -> get(devops, "/api/v1/quota-requests/pending"));
            assertRefused(403, onlyAdmins, () -> post(devops, "/api/v1/quota-requests/" + quotaRequest + "/approve",
                    null));
            assertRefused(403, onlyAdmins, () -> post(devops, "/api/v1/quota-requests/" + quotaRequest + "/reject",
                    Map.of("reason", "no")));
            assertRefused(403, onlyAdmins, () -> get(devops, "/api/v1/audit"));
            assertRefused(403, onlyAdmins, () -> post(devops, "/api/v1/catalog/vm-classes",
                    Map.of("name", unique("mine"), "cpus", 2, "memoryMib", 2048, "reservation", "GUARANTEED")));
            assertRefused(403, onlyAdmins, () -> post(devops, "/api/v1/catalog/items",
                    Map.of("kind", "IMAGE", "name", unique("mine"), "description", "mine")));
        }
        // Someone else's request, and a request in a namespace one may not see, answer as missing ones do.
        assertRefused(404, "No namespace request with id " + namespaceRequest + ".",
                () -> get(stranger, "/api/v1/namespace-requests/" + namespaceRequest));
        assertRefused(404, "No quota request with id " + quotaRequest + ".",
                () -> get(stranger, "/api/v1/quota-requests/" + quotaRequest));
    }

    @Test
    void nobodyDecidesOnTheirOwnRequest() {
        long own = post(admin, "/api/v1/namespace-requests", new NamespaceRequestCommand(unique("own"), 1000L, 1024L,
                10L, "Admin's sandbox")).json().path("id").asLong();

        Consumer<String> fourEyes = detail -> assertThat(detail).startsWith("Four-eyes rule: you cannot decide on "
                + "your own request");
        assertRefused(403, fourEyes, () -> post(admin, "/api/v1/namespace-requests/" + own + "/approve", null));
        assertRefused(403, fourEyes, () -> post(admin, "/api/v1/namespace-requests/" + own + "/approve",
                Map.of("cpuMhz", 1, "memoryMib", 1, "storageGib", 1)));
        assertRefused(403, fourEyes, () -> post(admin, "/api/v1/namespace-requests/" + own + "/reject",
                Map.of("reason", "mine")));
        assertThat(post(otherAdmin, "/api/v1/namespace-requests/" + own + "/approve", null).json().path("decidedBy")
                .asString()).isEqualTo(otherAdmin);
    }

    /** Asserts the call is refused with this status and detail and changes no table. */
    private void assertRefused(int status, String detail, Supplier<Reply> call) {
        assertRefused(status, actual -> assertThat(actual).isEqualTo(detail), call);
    }

    private void assertRefused(int status, Consumer<String> detailCheck, Supplier<Reply> call) {
        Map<String, Long> before = rowCounts();
        detailCheck.accept(call.get().assertProblem(status).detail());
        assertThat(rowCounts()).isEqualTo(before);
    }

    private static CreateVmCommand vm(String name) {
        return new CreateVmCommand(name, "best-effort-small", UBUNTU, VSAN, 20L, null);
    }

    private static CreateTkgClusterCommand cluster(String name) {
        return new CreateTkgClusterCommand(name, TKR, 1, "best-effort-small", VSAN, List.of());
    }

    private static QuotaRequestCommand moreQuota() {
        return new QuotaRequestCommand(90_000L, 262_144L, 2_000L, "More CI runners");
    }
}
