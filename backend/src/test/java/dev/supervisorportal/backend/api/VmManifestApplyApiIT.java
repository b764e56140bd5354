package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.users.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Applying a {@code VirtualMachine} manifest of a VM that exists updates it, as {@code kubectl apply} does: the
 * exported manifest applied again changes nothing; a new {@code spec.className} resizes, a bigger boot disk grows it,
 * {@code spec.powerState} powers it; a changed image (immutable in vm-operator) or a smaller disk is refused at its
 * path, writing nothing.
 */
class VmManifestApplyApiIT extends ApiIntegrationTest {

    String alice;
    String ns;
    String vm;

    @BeforeEach
    void aVm() {
        alice = user("alice", Role.DEVOPS, null);
        ns = approvedNamespace(alice, user("admin", Role.ADMIN, null), 30_000, 98_304, 300);
        vm = "/api/v1/namespaces/" + ns + "/vms/web-1";
        assertThat(post(alice, "/api/v1/namespaces/" + ns + "/vms", Map.of("name", "web-1",
                "vmClass", "best-effort-large", "image", UBUNTU, "storagePolicy", VSAN, "diskGib", 40,
                "zone", "zone-a")).status()).isEqualTo(201);
    }

    @Test
    void theExportedManifestAppliedAgainChangesNothing() {
        String exported = exported();
        assertThat(exported).contains("powerState: PoweredOn");
        Map<String, Long> before = rowCounts();
        long version = get(alice, vm).json().path("version").asLong();

        Reply applied = apply(exported, false);

        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        assertThat(applied.json().path("objects").get(0).path("ignored").values()).isEmpty();
        assertThat(get(alice, vm).json().path("version").asLong()).isEqualTo(version);
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void aChangedClassDiskAndPowerStateResizeGrowAndPowerTheVm() {
        String changed = exported().replace("className: best-effort-large", "className: best-effort-medium")
                .replace("bootDiskCapacity: 40Gi", "bootDiskCapacity: 60Gi")
                .replace("powerState: PoweredOn", "powerState: PoweredOff");

        Reply dryRun = apply(changed, true);
        assertThat(dryRun.status()).as(dryRun.body()).isEqualTo(200);
        assertThat(get(alice, vm).json().path("vmClass").asString()).isEqualTo("best-effort-large");

        Reply applied = apply(changed, false);
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        var now = get(alice, vm).json();
        assertThat(now.path("vmClass").asString()).isEqualTo("best-effort-medium");
        assertThat(now.path("demand").path("storageGib").asLong()).isEqualTo(60);
        assertThat(now.path("demand").path("memoryMib").asLong()).isEqualTo(8_192);
        assertThat(now.path("powerState").asString()).isEqualTo("OFF");
        assertThat(exported()).contains("powerState: PoweredOff").contains("className: best-effort-medium");
    }

    @Test
    void aChangedImageOrASmallerDiskIsRefusedAtItsPath() {
        Map<String, Long> before = rowCounts();

        Reply image = apply(exported().replace("imageName: " + UBUNTU, "imageName: photon-5"), false)
                .assertProblem(ProblemType.INVALID_INPUT, "manifests.vm.immutable");
        assertThat(image.errors()).containsExactly(new ShownError("documents[0].spec.imageName",
                "document 1 (VirtualMachine web-1): spec.imageName: VM web-1 keeps this as it was created: it is "
                        + UBUNTU + ", the manifest says photon-5. vm-operator does not change it either; delete the VM"
                        + " and create it anew to change it."));
        Reply shrink = apply(exported().replace("bootDiskCapacity: 40Gi", "bootDiskCapacity: 20Gi"), false)
                .assertProblem(ProblemType.INVALID_INPUT, "workloads.disk.only-grows");
        assertThat(shrink.errors()).extracting(ShownError::field)
                .containsExactly("documents[0].spec.advanced.bootDiskCapacity");
        apply(exported().replace("className: best-effort-large", "className: best-effort-4xlarge"), false)
                .assertProblem(ProblemType.QUOTA_EXCEEDED, "quota.not-enough");

        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void aNewVmMayBeCreatedPoweredOff() {
        Reply created = apply("""
                apiVersion: vmoperator.vmware.com/v1alpha3
                kind: VirtualMachine
                metadata:
                  name: cold-1
                spec:
                  className: best-effort-small
                  imageName: %s
                  storageClass: %s
                  powerState: PoweredOff
                """.formatted(UBUNTU, VSAN), false);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(get(alice, "/api/v1/namespaces/" + ns + "/vms/cold-1").json().path("powerState").asString())
                .isEqualTo("OFF");
    }

    private String exported() {
        Reply manifest = call(alice, MockMvcRequestBuilders.get(vm + "/manifest"), MediaType.ALL);
        assertThat(manifest.status()).as(manifest.body()).isEqualTo(200);
        return manifest.body();
    }

    private Reply apply(String yaml, boolean dryRun) {
        return call(alice, MockMvcRequestBuilders.post("/api/v1/namespaces/" + ns + "/manifests"
                + (dryRun ? "?dryRun=true" : "")).contentType("application/yaml").content(yaml));
    }
}
