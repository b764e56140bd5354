package dev.supervisorportal.backend.manifests;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The addresses the portal shows next to a manifest; ManifestApiIT reads the manifests at these addresses. */
class ManifestPathsTest {

    @Test
    void eachKindHasItsAddressUnderItsNamespace() {
        assertThat(ManifestPaths.vm("team-a", "web")).isEqualTo("/api/v1/namespaces/team-a/vms/web/manifest");
        assertThat(ManifestPaths.tkgCluster("team-a", "dev"))
                .isEqualTo("/api/v1/namespaces/team-a/tkg-clusters/dev/manifest");
        assertThat(ManifestPaths.pod("team-a", "api")).isEqualTo("/api/v1/namespaces/team-a/pods/api/manifest");
    }
}
