package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.users.Role;
import dev.supervisorportal.backend.workloads.CreateVmCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Persistent volume claims, datastores and storage limits per policy through the API: what each role may do (anonymous,
 * another team, VIEW, EDIT, OWNER, admin), and each refusal as a problem detail of its type and code that writes
 * nothing (bad input, shrink, quota overall and per policy, wrong zone, attached delete, stale version, not allowed).
 */
class PvcApiIT extends ApiIntegrationTest {

    String owner;
    String viewer;
    String editor;
    String stranger;
    String admin;
    String ns;
    String claims;

    @BeforeEach
    void namespaceWithOneUserPerRole() {
        admin = user("admin", Role.ADMIN, null);
        owner = user("owner", Role.DEVOPS, null);
        stranger = user("stranger", Role.DEVOPS, null);
        ns = approvedNamespace(owner, admin, 60_000, 262_144, 3_000);
        claims = "/api/v1/namespaces/" + ns + "/persistentvolumeclaims";
        viewer = user("viewer", Role.DEVOPS, null);
        grant(owner, ns, viewer, "VIEW");
        editor = user("editor", Role.DEVOPS, null);
        grant(owner, ns, editor, "EDIT");
    }

    @Test
    void eachRoleOnTheClaimRoutes() {
        Reply created = post(owner, claims, pvc("data", 20, "zone-a"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.location()).endsWith(claims + "/data");
        assertThat(created.json().path("status").asString()).isEqualTo("PENDING");
        assertThat(created.json().path("accessMode").asString()).isEqualTo("ReadWriteOnce");

        assertThat(call(null, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(claims))
                .assertProblem(401).status()).isEqualTo(401);
        assertRefused(401, ProblemType.UNAUTHENTICATED, null, () -> post(null, claims, pvc("anon", 1, null)));

        for (String reader : List.of(viewer, editor, owner, admin)) {
            assertThat(get(reader, claims).json().values()).extracting(c -> c.path("name").asString())
                    .containsExactly("data");
            assertThat(get(reader, claims + "/data").json().path("storageGib").asLong()).isEqualTo(20);
        }

        String needEdit = "You need EDIT permission in namespace " + ns + " to %s persistent volume claims; you have VIEW.";
        assertRefused(403, needEdit.formatted("create"), () -> post(viewer, claims, pvc("mine", 1, null)));
        assertRefused(403, needEdit.formatted("create"), () -> post(viewer, claims + "/what-if", pvc("mine", 1, null)));
        assertRefused(403, needEdit.formatted("change"), () -> patch(viewer, claims + "/data", Map.of("storageGib", 30)));
        assertRefused(403, needEdit.formatted("change"),
                () -> post(viewer, claims + "/data/what-if", Map.of("storageGib", 30)));
        assertRefused(403, needEdit.formatted("delete"), () -> delete(viewer, claims + "/data"));

        String missing = unique("ns");
        for (Function<String, Reply> route : List.<Function<String, Reply>>of(
                name -> get(stranger, "/api/v1/namespaces/" + name + "/persistentvolumeclaims"),
                name -> get(stranger, "/api/v1/namespaces/" + name + "/persistentvolumeclaims/data"),
                name -> post(stranger, "/api/v1/namespaces/" + name + "/persistentvolumeclaims", pvc("x", 1, null)),
                name -> patch(stranger, "/api/v1/namespaces/" + name + "/persistentvolumeclaims/data",
                        Map.of("storageGib", 30)),
                name -> delete(stranger, "/api/v1/namespaces/" + name + "/persistentvolumeclaims/data"),
                name -> get(stranger, "/api/v1/namespaces/" + name + "/storage-policy-limits"))) {
            Map<String, Long> before = rowCounts();
            Reply hidden = route.apply(ns).assertProblem(ProblemType.NOT_FOUND, "namespaces.not-found");
            Reply absent = route.apply(missing).assertProblem(404);
            assertThat(hidden.body().replace(ns, "NAME")).isEqualTo(absent.body().replace(missing, "NAME"));
            assertThat(rowCounts()).isEqualTo(before);
        }

        JsonNode whatIf = post(editor, claims + "/what-if", pvc("logs", 10, "zone-a")).json();
        assertThat(whatIf.path("zone").asString()).isEqualTo("zone-a");
        assertThat(whatIf.path("fits").asBoolean()).isTrue();
        assertThat(post(editor, claims, pvc("logs", 10, null)).status()).isEqualTo(201);
        Reply grown = patch(editor, claims + "/logs", Map.of("storageGib", 15));
        assertThat(grown.status()).as(grown.body()).isEqualTo(200);
        assertThat(grown.json().path("storageGib").asLong()).isEqualTo(15);
        assertThat(delete(editor, claims + "/logs").status()).isEqualTo(204);
        assertThat(delete(owner, claims + "/data").status()).isEqualTo(204);
        assertThat(get(owner, claims).json().values()).isEmpty();
    }

    @Test
    void eachRefusalIsAProblemDetailThatWritesNothing() {
        assertThat(post(owner, "/api/v1/namespaces/" + ns + "/vms", vm("web", "zone-a")).status()).isEqualTo(201);
        assertThat(post(owner, "/api/v1/namespaces/" + ns + "/vms", vm("far", "zone-b")).status()).isEqualTo(201);
        long version = post(owner, claims, pvc("data", 20, "zone-a")).json().path("version").asLong();

        Reply bad = assertRefused(400, ProblemType.INVALID_INPUT, null, () -> post(owner, claims,
                Map.of("name", "Bad_Name", "storagePolicy", VSAN, "storageGib", 0, "accessMode", "ReadWriteMany")));
        assertThat(bad.errors()).extracting(ShownError::field).containsExactly("name", "storageGib", "accessMode");
        assertThat(bad.errorCodes()).contains("volumes.pvc.size-out-of-range", "volumes.pvc.access-mode-unsupported");
        assertRefused(400, ProblemType.INVALID_INPUT, "volumes.pvc.size-out-of-range",
                () -> post(owner, claims, pvc("huge", 70_000, null)));
        assertRefused(400, ProblemType.INVALID_INPUT, "volumes.pvc.zone-unknown",
                () -> post(owner, claims, pvc("lost", 1, "zone-z")));
        assertRefused(400, ProblemType.UNREADABLE_BODY, null, () -> post(owner, claims, "{\"name\": "));
        assertRefused(400, ProblemType.UNREADABLE_BODY, null,
                () -> patch(owner, claims + "/data", "{\"storageGib\": \"lots\"}"));
        assertRefused(409, ProblemType.CONFLICT, "volumes.pvc.name-taken", () -> post(owner, claims, pvc("data", 1, null)));
        assertRefused(404, ProblemType.NOT_FOUND, "volumes.pvc.not-found", () -> get(owner, claims + "/nope"));

        Reply shrink = assertRefused(400, ProblemType.INVALID_INPUT, "volumes.pvc.shrink",
                () -> patch(owner, claims + "/data", Map.of("storageGib", 10)));
        assertThat(shrink.errors()).extracting(ShownError::field).containsExactly("storageGib");
        assertThat(shrink.detail()).contains("has 20 GiB", "not shrink to 10 GiB");
        Reply quota = assertRefused(409, ProblemType.QUOTA_EXCEEDED, "quota.not-enough",
                () -> post(owner, claims, pvc("big", 5_000, "zone-a")));
        assertThat(quota.detail()).contains("storage", "zone-a");
        assertRefused(409, ProblemType.QUOTA_EXCEEDED, "quota.not-enough",
                () -> patch(owner, claims + "/data", Map.of("storageGib", 5_000)));

        Reply otherZone = assertRefused(409, ProblemType.CONFLICT, "volumes.pvc.attach-other-zone",
                () -> patch(owner, claims + "/data", Map.of("attachedTo", Map.of("kind", "VM", "name", "far"))));
        assertThat(otherZone.detail()).contains("zone-a", "VM far runs in zone-b");
        assertRefused(400, ProblemType.INVALID_INPUT, "volumes.pvc.attach-tkg-node",
                () -> patch(owner, claims + "/data", Map.of("attachedTo", Map.of("kind", "TKG_NODE", "name", "n"))));
        assertRefused(400, ProblemType.INVALID_INPUT, null, () -> patch(owner, claims + "/data",
                Map.of("attachedTo", Map.of("kind", "VM", "name", "x".repeat(5_000)))));
        assertRefused(404, ProblemType.NOT_FOUND, "volumes.pvc.attach-target-not-found",
                () -> patch(owner, claims + "/data", Map.of("attachedTo", Map.of("kind", "POD", "name", "nope"))));

        Reply attached = patch(owner, claims + "/data", Map.of("attachedTo", Map.of("kind", "VM", "name", "web"),
                "version", version));
        assertThat(attached.status()).as(attached.body()).isEqualTo(200);
        Reply stale = assertRefused(409, ProblemType.CONCURRENT_CHANGE, "common.stale-version",
                () -> patch(owner, claims + "/data", Map.of("storageGib", 30, "version", version)));
        assertThat(stale.detail()).contains("attached to VM web");
        Reply inUse = assertRefused(409, ProblemType.CONFLICT, "volumes.pvc.in-use",
                () -> delete(owner, claims + "/data"));
        assertThat(inUse.detail()).contains("attached to VM web");
    }

    @Test
    void aPatchLeavingAttachedToOutKeepsTheAttachmentAndAnExplicitNullDetaches() {
        assertThat(post(owner, "/api/v1/namespaces/" + ns + "/vms", vm("web", "zone-a")).status()).isEqualTo(201);
        assertThat(post(owner, claims, pvc("data", 20, "zone-a")).status()).isEqualTo(201);
        assertThat(patch(owner, claims + "/data", Map.of("attachedTo", Map.of("kind", "VM", "name", "web")))
                .json().path("attachedTo").path("name").asString()).isEqualTo("web");

        JsonNode grown = patch(owner, claims + "/data", Map.of("storageGib", 30)).json();
        assertThat(grown.path("storageGib").asLong()).isEqualTo(30);
        assertThat(grown.path("attachedTo").path("name").asString()).isEqualTo("web");

        Map<String, Object> detach = new HashMap<>();
        detach.put("attachedTo", null);
        Reply detached = patch(owner, claims + "/data", detach);
        assertThat(detached.status()).as(detached.body()).isEqualTo(200);
        assertThat(detached.json().path("attachedTo").isNull() || detached.json().path("attachedTo").isMissingNode())
                .isTrue();
        assertThat(detached.json().path("storageGib").asLong()).isEqualTo(30);
        assertRefused(409, ProblemType.CONFLICT, "volumes.pvc.not-attached",
                () -> patch(owner, claims + "/data", detach));
    }

    @Test
    void onlyAdminsSetStorageLimitsPerPolicyAndAClaimPastItsPolicysShareIsRefused() {
        String limits = "/api/v1/namespaces/" + ns + "/storage-policy-limits";
        assertThat(get(viewer, limits).status()).isEqualTo(200);
        for (String devops : List.of(owner, editor, viewer)) {
            assertRefused(403, "Only administrators may do this.", () -> put(devops, limits, Map.of(VSAN, 30)));
        }
        assertRefused(400, ProblemType.INVALID_INPUT, "namespaces.storage-policy.unknown",
                () -> put(admin, limits, Map.of("no-such-policy", 30)));
        assertRefused(400, ProblemType.INVALID_INPUT, "quota.policy.limit-negative",
                () -> put(admin, limits, Map.of(VSAN, -1)));
        Map<String, Long> tooMany = new LinkedHashMap<>();
        for (int i = 0; i <= NamespaceController.MAX_STORAGE_POLICY_LIMITS; i++) {
            tooMany.put("policy-" + i, 1L);
        }
        assertRefused(400, ProblemType.INVALID_INPUT, "api.storage-policy-limits.too-many",
                () -> put(admin, limits, tooMany));

        Reply set = put(admin, limits, Map.of(VSAN, 30));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().values()).filteredOn(s -> s.path("storagePolicy").asString().equals(VSAN))
                .extracting(s -> s.path("limitGib").asLong()).isNotEmpty()
                .allSatisfy(share -> assertThat(share).isBetween(1L, 30L));
        long zoneA = set.json().values().stream().filter(s -> s.path("zone").asString().equals("zone-a"))
                .mapToLong(s -> s.path("limitGib").asLong()).sum();

        Reply shortfall = assertRefused(409, ProblemType.QUOTA_EXCEEDED, "quota.policy.not-enough",
                () -> post(owner, claims, pvc("data", zoneA + 1, "zone-a")));
        assertThat(shortfall.detail()).contains("storage policy " + VSAN, "zone-a");
        assertThat(post(owner, claims, pvc("data", zoneA, "zone-a")).status()).isEqualTo(201);
        assertRefused(409, ProblemType.QUOTA_EXCEEDED, "quota.policy.below-use",
                () -> put(admin, limits, Map.of(VSAN, 1)));
    }

    @Test
    void anApprovalSetsStorageLimitsPerPolicyInTheSameTransactionOrApprovesNothing() {
        String name = unique("ns");
        long id = post(owner, "/api/v1/namespace-requests", Map.of("name", name, "cpuMhz", 1_000, "memoryMib", 1_024,
                "storageGib", 300, "justification", "Per-policy limits")).json().path("id").asLong();

        Reply refused = assertRefused(400, ProblemType.INVALID_INPUT, "namespaces.storage-policy.unknown",
                () -> post(admin, "/api/v1/namespace-requests/" + id + "/approve",
                        Map.of("storagePolicyLimits", Map.of("no-such-policy", 30))));
        assertThat(refused.errors()).extracting(ShownError::field)
                .containsExactly("storagePolicyLimits.no-such-policy");
        assertThat(get(admin, "/api/v1/namespace-requests/" + id).json().path("status").asString())
                .isEqualTo("PENDING");

        Reply approved = post(admin, "/api/v1/namespace-requests/" + id + "/approve",
                Map.of("storageGib", 240, "cpuMhz", 1_000, "memoryMib", 1_024, "storagePolicyLimits", Map.of(VSAN, 60)));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(get(owner, "/api/v1/namespaces/" + name).json().path("limits").path("storageGib").asLong())
                .isEqualTo(240);
        assertThat(get(owner, "/api/v1/namespaces/" + name + "/storage-policy-limits").json().values())
                .filteredOn(share -> share.path("storagePolicy").asString().equals(VSAN))
                .extracting(share -> share.path("limitGib").asLong()).isNotEmpty()
                .satisfies(shares -> assertThat(shares.stream().mapToLong(Long::longValue).sum()).isEqualTo(60));
    }

    @Test
    void anApprovalBodyWithCountLimitsAndStorageLimitsPerPolicySetsBoth() {
        String name = unique("ns");
        long id = post(owner, "/api/v1/namespace-requests", Map.of("name", name, "cpuMhz", 3_000, "memoryMib", 3_072,
                "storageGib", 300, "justification", "Counts and policies", "maxVms", 3, "maxPvcs", 5))
                .json().path("id").asLong();

        // Count limits without the resource limits they adjust are refused, not dropped, and approve nothing.
        assertRefused(400, ProblemType.INVALID_INPUT, "api.approval.counts-without-limits",
                () -> post(admin, "/api/v1/namespace-requests/" + id + "/approve",
                        Map.of("maxVms", 2, "storagePolicyLimits", Map.of(VSAN, 90))));
        assertThat(get(admin, "/api/v1/namespace-requests/" + id).json().path("status").asString())
                .isEqualTo("PENDING");

        Map<String, Object> body = new HashMap<>(Map.of("cpuMhz", 3_000, "memoryMib", 3_072, "storageGib", 300,
                "maxVms", 2, "maxTkgClusters", 1, "maxPvcs", 1, "storagePolicyLimits", Map.of(VSAN, 90)));
        Reply approved = post(admin, "/api/v1/namespace-requests/" + id + "/approve", body);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().path("approvedCounts").path("maxPvcs").asLong()).isEqualTo(1);

        JsonNode details = get(owner, "/api/v1/namespaces/" + name).json();
        assertThat(details.path("countLimits").path("maxVms").asLong()).isEqualTo(2);
        assertThat(details.path("countLimits").path("maxTkgClusters").asLong()).isEqualTo(1);
        assertThat(details.path("countLimits").path("maxPvcs").asLong()).isEqualTo(1);
        assertThat(details.path("countLimits").path("maxPods").isNull()
                || details.path("countLimits").path("maxPods").isMissingNode()).isTrue();
        assertThat(get(owner, "/api/v1/namespaces/" + name + "/storage-policy-limits").json().values())
                .filteredOn(share -> share.path("storagePolicy").asString().equals(VSAN))
                .extracting(share -> share.path("limitGib").asLong()).containsExactly(30L, 30L, 30L);

        // Both hold: the second claim is past maxPvcs, a claim past the policy's zone share of 30 GiB is refused.
        assertRefused(409, ProblemType.QUOTA_EXCEEDED, "quota.policy.not-enough",
                () -> post(owner, "/api/v1/namespaces/" + name + "/persistentvolumeclaims", pvc("big", 31, "zone-a")));
        assertThat(post(owner, "/api/v1/namespaces/" + name + "/persistentvolumeclaims", pvc("data", 30, "zone-a"))
                .status()).isEqualTo(201);
        assertThat(assertRefused(409, ProblemType.QUOTA_EXCEEDED, "namespaces.count.exceeded",
                () -> post(owner, "/api/v1/namespaces/" + name + "/persistentvolumeclaims", pvc("more", 1, "zone-b")))
                .detail()).isEqualTo("Namespace " + name + " holds 1 of at most 1 PVC; delete one first or ask for a"
                + " higher limit.");
    }

    @Test
    void adminsAddPutIntoMaintenanceAndRemoveDatastoresOthersOnlySeeThem() {
        String datastores = "/api/v1/datastores";
        String name = unique("ds");
        assertRefused(401, ProblemType.UNAUTHENTICATED, null, () -> get(null, datastores));
        assertThat(get(owner, datastores).json().values()).extracting(d -> d.path("name").asString())
                .contains("vsanDatastore-zone-a");
        String onlyAdmins = "Only administrators may do this.";
        assertRefused(403, onlyAdmins, () -> post(owner, datastores, datastore(name, 1)));
        assertRefused(403, onlyAdmins, () -> post(owner, datastores + "/vsanDatastore-zone-a/maintenance", null));
        assertRefused(403, onlyAdmins, () -> delete(owner, datastores + "/vsanDatastore-zone-a"));

        Reply invalid = assertRefused(400, ProblemType.INVALID_INPUT, null,
                () -> post(admin, datastores, Map.of("zone", "zone-c", "name", "-bad-", "capacityGib", 0)));
        assertThat(invalid.errors()).extracting(ShownError::field).contains("name", "capacityGib");
        assertRefused(400, ProblemType.INVALID_INPUT, "inventory.datastore.name-too-long",
                () -> post(admin, datastores, datastore("d".repeat(500), 1)));

        Reply added = post(admin, datastores, datastore(name, 1));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.location()).endsWith(datastores + "/" + name);
        assertThat(added.json().path("freeGib").asLong()).isEqualTo(1);
        try {
            assertRefused(409, ProblemType.CONFLICT, "inventory.datastore.name-taken",
                    () -> post(admin, datastores, datastore(name, 1)));
            assertRefused(409, ProblemType.CONFLICT, "inventory.datastore.remove-when-not-in-maintenance",
                    () -> delete(admin, datastores + "/" + name));
            assertRefused(409, ProblemType.CONFLICT, "inventory.datastore.ready-already",
                    () -> delete(admin, datastores + "/" + name + "/maintenance"));
            assertThat(post(admin, datastores + "/" + name + "/maintenance", null).json().path("state").asString())
                    .isEqualTo("MAINTENANCE");
            assertRefused(409, ProblemType.CONFLICT, "inventory.datastore.in-maintenance-already",
                    () -> post(admin, datastores + "/" + name + "/maintenance", null));
        } finally {
            post(admin, datastores + "/" + name + "/maintenance", null);
            assertThat(delete(admin, datastores + "/" + name).status()).isEqualTo(204);
        }
        assertRefused(404, ProblemType.NOT_FOUND, "inventory.datastore.not-found",
                () -> delete(admin, datastores + "/" + name));
    }

    private Reply patch(String user, String path, Object body) {
        return call(user, HttpMethod.PATCH, path, body, "en");
    }

    /** Asserts a refusal of this status and detail that changes no table. */
    private void assertRefused(int status, String detail, Supplier<Reply> call) {
        Map<String, Long> before = rowCounts();
        assertThat(call.get().assertProblem(status).detail()).isEqualTo(detail);
        assertThat(rowCounts()).isEqualTo(before);
    }

    /** Asserts a refusal of this type and code ({@code null}: any) that changes no table. */
    private Reply assertRefused(int status, ProblemType type, String code, Supplier<Reply> call) {
        Map<String, Long> before = rowCounts();
        Reply reply = call.get().assertProblem(status);
        assertThat(reply.type()).as(reply.body()).isEqualTo("/problems/" + type.slug());
        if (code != null) {
            assertThat(reply.code()).as(reply.body()).isEqualTo(code);
        }
        assertThat(rowCounts()).isEqualTo(before);
        return reply;
    }

    private static Map<String, Object> pvc(String name, long gib, String zone) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "storagePolicy", VSAN, "storageGib", gib,
                "accessMode", "ReadWriteOnce"));
        if (zone != null) {
            body.put("zone", zone);
        }
        return body;
    }

    private static Map<String, Object> datastore(String name, long capacityGib) {
        return Map.of("zone", "zone-c", "name", name, "capacityGib", capacityGib);
    }

    private static CreateVmCommand vm(String name, String zone) {
        return new CreateVmCommand(name, "best-effort-xsmall", UBUNTU, VSAN, 10L, zone);
    }
}
