package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.SignedIn;
import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.namespaces.NamespaceDetails;
import dev.supervisorportal.backend.namespaces.NamespaceService;
import dev.supervisorportal.backend.namespaces.PermissionRole;
import dev.supervisorportal.backend.reconcile.internal.ZoneReconciler;
import dev.supervisorportal.backend.users.Role;
import dev.supervisorportal.backend.workloads.CreateTkgClusterCommand;
import dev.supervisorportal.backend.workloads.CreateVmCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What-if and explain through the API on a three-zone Supervisor: zone-a's one host is nearly full (the Supervisor's
 * control-plane VM leaves 2,000 MHz), zone-b and zone-c have room. A what-if writes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = {"portal.reconcile.vm-start-delay=0s", "test.own-context=WhatIfIT"})
class WhatIfIT extends ApiIntegrationTest {

    static final long MEMORY = 524_288;
    static final long STORAGE = 4_096;

    @Autowired
    InventoryService inventory;
    @Autowired
    ZoneReconciler reconciler;
    @Autowired
    NamespaceService namespaces;

    String alice;
    String admin;
    String viewer;
    String ns;

    @BeforeAll
    void hostsAndANamespace() {
        apiClient();
        inventory.addHost("zone-a", "esx-a-01", 10_000, MEMORY, STORAGE);
        inventory.addHost("zone-b", "esx-b-01", 96_000, MEMORY, STORAGE);
        inventory.addHost("zone-b", "esx-b-02", 96_000, MEMORY, STORAGE);
        inventory.addHost("zone-c", "esx-c-01", 96_000, MEMORY, STORAGE);
        cycles(); // the Supervisor's control-plane VMs: one per zone, 8,000 MHz each
        alice = user("alice", Role.DEVOPS, null);
        admin = user("admin", Role.ADMIN, null);
        viewer = user("viewer", Role.DEVOPS, null);
        ns = approvedNamespace(alice, admin, 120_000, 300_000, 3_000);
        SignedIn.as(alice, Role.DEVOPS);
        namespaces.grant(ns, NamespaceDetails.SubjectType.USER, viewer, PermissionRole.VIEW);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    void cycles() {
        for (int i = 0; i < 2; i++) {
            List.of("zone-a", "zone-b", "zone-c").forEach(reconciler::reconcile);
        }
    }

    static CreateVmCommand vm(String name, String vmClass, String zone) {
        return new CreateVmCommand(name, vmClass, UBUNTU, VSAN, 40L, zone);
    }

    @Test
    void aVmThatFitsNamesTheZoneAndTheHostAndNothingIsWritten() {
        Map<String, Long> before = rowCounts();

        Reply reply = post(alice, "/api/v1/namespaces/" + ns + "/vms/what-if", vm("web-1", "best-effort-large", "zone-b"));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode answer = reply.json();
        assertThat(answer.get("fitsQuota").asBoolean()).isTrue();
        assertThat(answer.get("hostsHaveRoom").asBoolean()).isTrue();
        assertThat(answer.get("policy").asString()).isEqualTo("spread");
        JsonNode placement = answer.get("placements").get(0);
        assertThat(placement.get("zone").asString()).isEqualTo("zone-b");
        // esx-b-02 is empty, esx-b-01 runs a control-plane VM: spreading prefers the empty one.
        assertThat(placement.get("host").asString()).isEqualTo("esx-b-02");
        assertThat(placement.get("score").asInt()).isBetween(0, 100);
        assertThat(placement.get("scores")).hasSize(2);
        assertThat(answer.get("verdict").asString())
                .isEqualTo("Fits: zone-b quota (40,000 of 40,000 MHz free); host esx-b-02 has room.");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void withoutAZoneTheAnswerNamesTheZoneAdmissionThenChooses() {
        String fresh = approvedNamespace(alice, admin, 30_000, 300_000, 3_000);
        // zone-a has used 8,000 MHz of its 10,000 share: the VM goes where most CPU quota is free.
        assertThat(post(alice, "/api/v1/namespaces/" + fresh + "/vms", vm("first", "best-effort-large", "zone-a"))
                .status()).isEqualTo(201);

        Reply answer = post(alice, "/api/v1/namespaces/" + fresh + "/vms/what-if", vm("second", "best-effort-large", null));
        Reply created = post(alice, "/api/v1/namespaces/" + fresh + "/vms", vm("second", "best-effort-large", null));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(answer.json().get("placements").get(0).get("zone").asString())
                .isEqualTo(created.json().get("zone").asString()).isEqualTo("zone-b");
    }

    @Test
    void aVmOverTheQuotaIsRefusedWithTheZoneAndEachResourceShortAnd200() {
        String small = approvedNamespace(alice, admin, 3_000, 3_000, 30);
        Map<String, Long> before = rowCounts();

        Reply reply = post(alice, "/api/v1/namespaces/" + small + "/vms/what-if", vm("big", "best-effort-large", "zone-c"));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode answer = reply.json();
        assertThat(answer.get("fitsQuota").asBoolean()).isFalse();
        JsonNode quota = answer.get("quota").get(0);
        assertThat(quota.get("zone").asString()).isEqualTo("zone-c");
        assertThat(quota.get("shortfalls").values()).extracting(s -> s.get("resource").asString())
                .containsExactly("CPU", "MEMORY", "STORAGE");
        assertThat(answer.get("verdict").asString())
                .startsWith("Does not fit: Not enough CPU quota in zone-c: needs 8,000 MHz, 1,000 MHz free of 1,000 MHz.")
                .contains("Not enough memory quota in zone-c", "Not enough storage quota in zone-c");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void quotaFitsButNoHostHasRoomGivesEachHostsReason() {
        Reply reply = post(alice, "/api/v1/namespaces/" + ns + "/vms/what-if", vm("web-a", "best-effort-large", "zone-a"));

        JsonNode answer = reply.json();
        assertThat(answer.get("fitsQuota").asBoolean()).isTrue();
        assertThat(answer.get("hostsHaveRoom").asBoolean()).isFalse();
        JsonNode placement = answer.get("placements").get(0);
        assertThat(placement.get("host").isNull()).isTrue();
        assertThat(placement.get("refusals").get(0).get("host").asString()).isEqualTo("esx-a-01");
        assertThat(placement.get("refusals").get(0).get("reason").asString())
                .startsWith("insufficient cpu: needs 8000 MHz, 2000 free");
        assertThat(answer.get("verdict").asString()).startsWith("Quota fits (zone-a quota (40,000 of 40,000 MHz free)), "
                + "but no host in zone-a has room now: esx-a-01: insufficient cpu").endsWith("It would wait as PENDING.");
    }

    @Test
    void aTkgClusterIsAnsweredNodeByNodeOneControlPlaneNodePerZone() {
        Map<String, Long> before = rowCounts();
        CreateTkgClusterCommand cluster = new CreateTkgClusterCommand("prod", TKR, 3, "best-effort-large", VSAN,
                List.of(new CreateTkgClusterCommand.NodePool("workers", 2, "best-effort-small", "zone-b")));

        JsonNode answer = post(alice, "/api/v1/namespaces/" + ns + "/tkg-clusters/what-if", cluster).json();

        assertThat(answer.get("fitsQuota").asBoolean()).isTrue();
        assertThat(answer.get("hostsHaveRoom").asBoolean()).isFalse();
        assertThat(answer.get("placements").values()).extracting(p -> p.get("workload").asString(),
                        p -> p.get("zone").asString(), p -> p.get("host").asString(""))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("prod-control-plane-1", "zone-a", ""),
                        org.assertj.core.groups.Tuple.tuple("prod-control-plane-2", "zone-b", "esx-b-02"),
                        org.assertj.core.groups.Tuple.tuple("prod-control-plane-3", "zone-c", "esx-c-01"),
                        org.assertj.core.groups.Tuple.tuple("prod-workers-1", "zone-b", "esx-b-01"),
                        org.assertj.core.groups.Tuple.tuple("prod-workers-2", "zone-b", "esx-b-02"));
        assertThat(answer.get("verdict").asString()).contains("1 of 5 nodes find no host now: prod-control-plane-1 "
                + "in zone-a: esx-a-01: insufficient cpu");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void aPendingVmIsExplainedByEachHostsReasonAndARunningOneByTheHostsScores() {
        String explained = approvedNamespace(alice, admin, 60_000, 300_000, 3_000);
        assertThat(post(alice, "/api/v1/namespaces/" + explained + "/vms", vm("waits", "best-effort-large", "zone-a"))
                .status()).isEqualTo(201);
        assertThat(post(alice, "/api/v1/namespaces/" + explained + "/vms", vm("runs", "best-effort-large", "zone-c"))
                .status()).isEqualTo(201);
        cycles();

        JsonNode pending = get(viewerOf(explained), "/api/v1/namespaces/" + explained + "/vms/waits/placement").json();
        assertThat(pending.get("status").asString()).isEqualTo("PENDING");
        assertThat(pending.get("refusals").get(0).get("reason").asString()).startsWith("insufficient cpu");
        assertThat(pending.get("summary").asString()).startsWith("It waits: no host in zone-a has room now: esx-a-01:");

        Reply running = get(alice, "/api/v1/namespaces/" + explained + "/vms/runs/placement");
        assertThat(running.status()).as(running.body()).isEqualTo(200);
        JsonNode explanation = running.json();
        assertThat(explanation.get("status").asString()).isEqualTo("RUNNING");
        assertThat(explanation.get("host").asString()).isEqualTo("esx-c-01");
        assertThat(explanation.get("policy").asString()).isEqualTo("spread");
        // Not counted on its own host: esx-c-01 has room for it again.
        assertThat(explanation.get("scores").values()).extracting(s -> s.get("host").asString())
                .containsExactly("esx-c-01");
        assertThat(explanation.get("summary").asString()).startsWith("It is on esx-c-01, which scores ");
    }

    @Test
    void refusalsAreProblemDetails() {
        CreateVmCommand good = vm("web-1", "best-effort-small", null);
        String path = "/api/v1/namespaces/" + ns + "/vms/what-if";
        Reply viewOnly = post(viewer, path, good);
        assertThat(viewOnly.status()).isEqualTo(403);
        assertThat(viewOnly.json().get("detail").asString()).contains("You need EDIT permission");
        assertThat(post(null, path, good).status()).isEqualTo(401);
        assertThat(post(alice, "/api/v1/namespaces/no-such-ns/vms/what-if", good).status()).isEqualTo(404);

        Reply bad = post(alice, path, vm("Web_1", "best-effort-small", null));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errors()).extracting(e -> e.field()).containsExactly("name");
        assertThat(post(alice, path, vm("web-1", "no-such-class", null)).errors())
                .extracting(e -> e.field()).containsExactly("vmClass");
        assertThat(post(alice, path, "{not json").status()).isEqualTo(400);

        assertThat(get(alice, "/api/v1/namespaces/" + ns + "/vms/nothing-here/placement").status()).isEqualTo(404);
        assertThat(get(alice, "/api/v1/namespaces/" + ns + "/tkg-clusters/none/nodes/x/placement").status())
                .isEqualTo(404);
        assertThat(get(user("stranger", Role.DEVOPS, null), "/api/v1/namespaces/" + ns + "/vms/x/placement")
                .status()).as("a namespace one may not see, as a missing one").isEqualTo(404);
    }

    private String viewerOf(String namespace) {
        String user = user("reader", Role.DEVOPS, null);
        SignedIn.as(alice, Role.DEVOPS);
        namespaces.grant(namespace, NamespaceDetails.SubjectType.USER, user, PermissionRole.VIEW);
        return user;
    }
}
