package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.reconcile.internal.ZoneReconciler;
import dev.supervisorportal.backend.users.Role;
import dev.supervisorportal.backend.workloads.CreatePodCommand;
import dev.supervisorportal.backend.workloads.CreateTkgClusterCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What-if on a single-zone Supervisor of two hosts: a cluster's control-plane nodes need different hosts; pods. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = {"portal.supervisor.topology=SINGLE_ZONE", "portal.reconcile.vm-start-delay=0s",
        "test.own-context=SingleZoneWhatIfIT"})
class SingleZoneWhatIfIT extends ApiIntegrationTest {

    @Autowired
    InventoryService inventory;
    @Autowired
    ZoneReconciler reconciler;

    String alice;
    String ns;

    @BeforeAll
    void twoHostsAndANamespace() {
        apiClient();
        inventory.addHost("zone-a", "esx-a-01", 96_000, 524_288, 4_096);
        inventory.addHost("zone-a", "esx-a-02", 96_000, 524_288, 4_096);
        reconciler.reconcile("zone-a");
        alice = user("alice", Role.DEVOPS, null);
        ns = approvedNamespace(alice, user("admin", Role.ADMIN, null), 100_000, 300_000, 1_000);
    }

    @Test
    void aThirdControlPlaneNodeFindsNoHostWithoutOneOfItsSiblings() {
        Map<String, Long> before = rowCounts();

        JsonNode answer = post(alice, "/api/v1/namespaces/" + ns + "/tkg-clusters/what-if",
                new CreateTkgClusterCommand("prod", TKR, 3, "best-effort-small", VSAN, List.of())).json();

        assertThat(answer.get("fitsQuota").asBoolean()).isTrue();
        assertThat(answer.get("hostsHaveRoom").asBoolean()).isFalse();
        List<JsonNode> placements = answer.get("placements").values().stream().toList();
        assertThat(placements).extracting(p -> p.get("host").asString("")).containsExactlyInAnyOrder(
                "esx-a-01", "esx-a-02", "");
        JsonNode homeless = placements.stream().filter(p -> p.get("host").isNull()).findFirst().orElseThrow();
        assertThat(homeless.get("refusals").values()).extracting(r -> r.get("reason").asString()).containsOnly(
                "anti-affinity: already runs a workload with key " + ns + "/prod/control-plane");
        assertThat(answer.get("verdict").asString()).contains("1 of 3 nodes find no host now")
                .endsWith("Those nodes would wait as PENDING.");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void aPodIsAnsweredInTheOneZone() {
        JsonNode answer = post(alice, "/api/v1/namespaces/" + ns + "/pods/what-if", new CreatePodCommand("web",
                List.of(new CreatePodCommand.Container("nginx", "nginx:1.27", "500m", "512Mi")))).json();

        assertThat(answer.get("fitsQuota").asBoolean()).isTrue();
        assertThat(answer.get("hostsHaveRoom").asBoolean()).isTrue();
        assertThat(answer.get("verdict").asString()).startsWith("Fits: zone-a quota (100,000 of 100,000 MHz free); host esx-a-0");
        assertThat(post(alice, "/api/v1/namespaces/" + ns + "/pods/what-if",
                new CreatePodCommand("web", List.of())).status()).isEqualTo(400);
    }
}
