package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.catalog.CatalogItemView;
import dev.supervisorportal.backend.catalog.CatalogKind;
import dev.supervisorportal.backend.users.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Applying the manifest of a TKG cluster that exists is an update (as {@code kubectl apply}): the same desired-state
 * change as {@code PATCH}, with the same rules; an unchanged manifest (the exported one, too) changes nothing; an
 * immutable field is refused at its place in the YAML.
 */
class TkgClusterManifestUpdateApiIT extends ApiIntegrationTest {

    static final String OLD = "v1.29.4---vmware.3-fips.1-tkg.1";
    static final String CLUSTER = """
            apiVersion: run.tanzu.vmware.com/v1alpha3
            kind: TanzuKubernetesCluster
            metadata:
              name: dev
            spec:
              topology:
                controlPlane:
                  replicas: %d
                  vmClass: best-effort-small
                  storageClass: %s
                  tkr:
                    reference:
                      name: %s
                nodePools:
                - name: workers
                  replicas: %d
                  vmClass: best-effort-small
                  storageClass: %s
            """;

    String alice;
    String ns;

    @BeforeEach
    void namespaceWithAnOlderRelease() {
        catalog.seed(List.of(), List.of(new CatalogItemView(CatalogKind.KUBERNETES_RELEASE, OLD, "Kubernetes 1.29")));
        alice = user("alice", Role.DEVOPS, null);
        ns = approvedNamespace(alice, user("admin", Role.ADMIN, null), 60_000, 262_144, 2_000);
    }

    private static String cluster(int controlPlane, String release, int workers) {
        return CLUSTER.formatted(controlPlane, VSAN, release, workers, VSAN);
    }

    private Reply apply(String yaml, boolean dryRun) {
        return call(alice, MockMvcRequestBuilders.post("/api/v1/namespaces/" + ns + "/manifests"
                + (dryRun ? "?dryRun=true" : "")).contentType("application/yaml").content(yaml));
    }

    private long auditEntries() {
        return jdbc.queryForObject("select count(*) from audit_entry", Long.class);
    }

    @Test
    void anUnchangedManifestChangesNothingAndAChangedOneScalesAndUpgrades() {
        assertThat(apply(cluster(1, OLD, 1), false).status()).isEqualTo(201);
        String path = "/api/v1/namespaces/" + ns + "/tkg-clusters/dev";
        long version = get(alice, path).json().path("version").asLong();
        Map<String, Long> rows = rowCounts();
        long audits = auditEntries();

        Reply same = apply(cluster(1, OLD, 1), false);
        Reply exported = apply(get(alice, path + "/manifest").body(), false);

        assertThat(same.status()).as(same.body()).isEqualTo(201);
        assertThat(exported.status()).as(exported.body()).isEqualTo(201);
        assertThat(rowCounts()).isEqualTo(rows);
        assertThat(auditEntries()).isEqualTo(audits);
        assertThat(get(alice, path).json().path("version").asLong()).isEqualTo(version);

        Reply dryRun = apply(cluster(1, TKR, 3), true);
        assertThat(dryRun.status()).as(dryRun.body()).isEqualTo(200);
        assertThat(dryRun.json().path("objects").path(0).path("tkgCluster").path("nodes").values()).hasSize(4);
        assertThat(get(alice, path).json().path("nodes").values()).hasSize(2);

        Reply changed = apply(cluster(1, TKR, 3), false);
        assertThat(changed.status()).as(changed.body()).isEqualTo(201);
        var now = get(alice, path).json();
        assertThat(now.path("nodes").values()).hasSize(4);
        assertThat(now.path("kubernetesRelease").asString()).isEqualTo(TKR);
        assertThat(now.path("rollout").asString()).isEqualTo("Upgrading to v1.30.1: 0 of 4 nodes");
        assertThat(now.path("version").asLong()).isEqualTo(version + 1);
    }

    @Test
    void anImmutableFieldIsRefusedAtItsPlaceInTheYaml() {
        String other = cluster(1, OLD, 1).replace("name: dev", "name: prod");
        assertThat(apply(other, false).status()).isEqualTo(201);
        Map<String, Long> rows = rowCounts();

        Reply controlPlane = apply(cluster(3, OLD, 1).replace("name: dev", "name: prod"), false).assertProblem(400);
        assertThat(controlPlane.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("documents[0].spec.topology.controlPlane.replicas");
            assertThat(error.message()).contains("controlPlaneNodes of cluster prod cannot be changed; it is 1.");
        });
        assertThat(rowCounts()).isEqualTo(rows);
    }
}
