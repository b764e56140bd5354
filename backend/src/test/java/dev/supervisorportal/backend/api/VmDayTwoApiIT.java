package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.users.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A VM's day 2 through the API: power ({@code POST …/vms/{vm}/power}), resize and disk grow ({@code PATCH …/vms/{vm}})
 * and their what-if ({@code POST …/vms/{vm}/what-if}). Each refusal is a problem detail of its type and code (wrong
 * state, shrink, quota, stale version, not allowed per role, bad body) and writes nothing.
 */
class VmDayTwoApiIT extends ApiIntegrationTest {

    String owner;
    String viewer;
    String editor;
    String stranger;
    String admin;
    String ns;
    String vm;

    @BeforeEach
    void namespaceWithAVm() {
        owner = user("owner", Role.DEVOPS, null);
        viewer = user("viewer", Role.DEVOPS, null);
        editor = user("editor", Role.DEVOPS, null);
        stranger = user("stranger", Role.DEVOPS, null);
        admin = user("admin", Role.ADMIN, null);
        // 10,000 MHz, 32 GiB, 100 GiB per zone
        ns = approvedNamespace(owner, admin, 30_000, 98_304, 300);
        for (var grant : Map.of(viewer, "VIEW", editor, "EDIT").entrySet()) {
            assertThat(put(owner, "/api/v1/namespaces/" + ns + "/permissions",
                    Map.of("subjectType", "USER", "subject", grant.getKey(), "role", grant.getValue())).status())
                    .isEqualTo(200);
        }
        vm = "/api/v1/namespaces/" + ns + "/vms/web-1";
        assertThat(post(owner, "/api/v1/namespaces/" + ns + "/vms", Map.of("name", "web-1",
                "vmClass", "best-effort-large", "image", UBUNTU, "storagePolicy", VSAN, "diskGib", 40,
                "zone", "zone-a")).status()).isEqualTo(201);
    }

    @Test
    void powerResizeAndGrowAnswerTheVmWithItsNewVersion() {
        long version = get(owner, vm).json().path("version").asLong();
        assertThat(get(owner, vm).json().path("powerState").asString()).isEqualTo("ON");

        Reply off = post(owner, vm + "/power", Map.of("action", "OFF", "version", version));
        assertThat(off.status()).as(off.body()).isEqualTo(200);
        assertThat(off.json().path("powerState").asString()).isEqualTo("OFF");
        long afterOff = off.json().path("version").asLong();
        assertThat(afterOff).isGreaterThan(version);

        Reply resized = patch(owner, vm, Map.of("vmClass", "best-effort-xsmall", "storageGib", 60,
                "version", afterOff));
        assertThat(resized.status()).as(resized.body()).isEqualTo(200);
        assertThat(resized.json().path("vmClass").asString()).isEqualTo("best-effort-xsmall");
        assertThat(resized.json().path("demand").path("cpuMhz").asLong()).isEqualTo(4_000);
        assertThat(resized.json().path("demand").path("storageGib").asLong()).isEqualTo(60);
        assertThat(resized.json().path("restartRequested").asBoolean()).as("powered off: nothing to restart").isFalse();

        Reply on = post(editor, vm + "/power", Map.of("action", "ON"));
        assertThat(on.status()).as(on.body()).isEqualTo(200);
        assertThat(post(admin, vm + "/power", Map.of("action", "OFF")).status()).isEqualTo(200);
    }

    @Test
    void eachRefusalIsAProblemDetailOfItsKindAndWritesNothing() {
        long version = get(owner, vm).json().path("version").asLong();
        Map<String, Long> before = rowCounts();

        post(owner, vm + "/power", Map.of("action", "ON"))
                .assertProblem(ProblemType.CONFLICT, "workloads.vm.on-already");
        post(owner, vm + "/power", Map.of("action", "RESTART"))
                .assertProblem(ProblemType.CONFLICT, "workloads.vm.restart-not-placed");
        Reply shrink = patch(owner, vm, Map.of("storageGib", 20))
                .assertProblem(ProblemType.INVALID_INPUT, "workloads.disk.only-grows");
        assertThat(shrink.errors()).containsExactly(new ShownError("storageGib",
                "A disk can only grow: web-1 has 40 GiB, asked for 20 GiB."));
        Reply quota = patch(owner, vm, Map.of("vmClass", "best-effort-2xlarge"))
                .assertProblem(ProblemType.QUOTA_EXCEEDED, "quota.not-enough");
        assertThat(quota.detail()).isEqualTo("Not enough CPU quota in zone-a: needs 8,000 MHz, 2,000 MHz free of"
                + " 10,000 MHz.");
        patch(owner, vm, Map.of("vmClass", "no-such-class"))
                .assertProblem(ProblemType.INVALID_INPUT, "workloads.vm-class.unknown");
        patch(owner, vm, Map.of()).assertProblem(ProblemType.INVALID_INPUT, "workloads.vm.change-nothing");
        Reply stale = post(owner, vm + "/power", Map.of("action", "OFF", "version", version + 7))
                .assertProblem(ProblemType.CONCURRENT_CHANGE, "common.stale-version");
        assertThat(stale.detail()).contains("It is now: PENDING, power ON, VM class best-effort-large, disk 40 GiB.");
        post(owner, vm + "/power", Map.of()).assertProblem(ProblemType.INVALID_INPUT, "api.vm.power-action.missing");
        post(owner, vm + "/power", Map.of("action", "SUSPEND")).assertProblem(400);
        assertThat(post(owner, vm + "/power", Map.of("action", "SUSPEND")).type())
                .isEqualTo("/problems/unreadable-body");
        patch(owner, vm, Map.of("storageGib", "big")).assertProblem(400);
        patch(owner, vm, Map.of("storageGib", 1_000_000)).assertProblem(ProblemType.INVALID_INPUT,
                "workloads.disk.out-of-range");
        post(owner, "/api/v1/namespaces/" + ns + "/vms/web-2/power", Map.of("action", "OFF"))
                .assertProblem(ProblemType.NOT_FOUND, "workloads.vm.not-found");

        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void eachRoleGetsWhatItMayDo() {
        Map<String, Long> before = rowCounts();
        String missing = "/api/v1/namespaces/" + unique("ns") + "/vms/web-1";
        List<Function<String, Reply>> changes = List.of(
                path -> post(null, path + "/power", Map.of("action", "OFF")),
                path -> patch(null, path, Map.of("storageGib", 50)),
                path -> post(null, path + "/what-if", Map.of("storageGib", 50)));
        for (Function<String, Reply> change : changes) {
            change.apply(vm).assertProblem(ProblemType.UNAUTHENTICATED, "api.sign-in");
        }
        assertRefused(viewer, 403, "forbidden", "namespaces.role-needed");
        assertRefused(stranger, 404, "not-found", "namespaces.not-found");
        assertThat(post(stranger, missing + "/power", Map.of("action", "OFF")).body().replace(
                missing.split("/")[4], "NS")).isEqualTo(post(stranger, vm + "/power", Map.of("action", "OFF")).body()
                .replace(ns, "NS"));
        assertThat(rowCounts()).isEqualTo(before);

        assertThat(post(editor, vm + "/what-if", Map.of("storageGib", 50)).status()).isEqualTo(200);
        assertThat(patch(editor, vm, Map.of("storageGib", 50)).status()).isEqualTo(200);
        assertThat(patch(owner, vm, Map.of("storageGib", 60)).status()).isEqualTo(200);
        assertThat(patch(admin, vm, Map.of("storageGib", 70)).status()).isEqualTo(200);
    }

    @Test
    void whatIfSaysWhichResourceFallsShortWithoutWriting() {
        Map<String, Long> before = rowCounts();
        Reply answer = post(owner, vm + "/what-if", Map.of("vmClass", "best-effort-2xlarge"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().path("fitsQuota").asBoolean()).isFalse();
        assertThat(answer.json().path("verdict").asString()).contains("Not enough CPU quota in zone-a: needs 8,000 MHz");
        assertThat(answer.json().path("placements").get(0).path("demand").path("cpuMhz").asLong()).isEqualTo(16_000);

        Reply fits = post(owner, vm + "/what-if", Map.of("vmClass", "best-effort-medium"));
        assertThat(fits.json().path("fitsQuota").asBoolean()).isTrue();
        post(owner, vm + "/what-if", Map.of("storageGib", 10))
                .assertProblem(ProblemType.INVALID_INPUT, "workloads.disk.only-grows");
        assertThat(rowCounts()).isEqualTo(before);
    }

    private void assertRefused(String user, int status, String type, String code) {
        for (Reply reply : List.of(post(user, vm + "/power", Map.of("action", "OFF")),
                post(user, vm + "/power", Map.of("action", "RESTART")),
                patch(user, vm, Map.of("vmClass", "best-effort-small")),
                post(user, vm + "/what-if", Map.of("vmClass", "best-effort-small")))) {
            reply.assertProblem(status);
            assertThat(reply.type()).isEqualTo("/problems/" + type);
            assertThat(reply.code()).isEqualTo(code);
        }
    }

    private Reply patch(String user, String path, Map<String, ?> body) {
        return call(user, HttpMethod.PATCH, path, new HashMap<>(body), "en");
    }
}
