package dev.supervisorportal.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6's YAML import: alice pastes a TanzuKubernetesCluster (one control-plane node, one pool of one worker) and a
 * VirtualMachine written for vSphere with Tanzu into her namespace. A class the catalog lacks is refused with the
 * document named; fixed, the preview lists what would be created and the field the portal ignores. She creates it and
 * the namespace page shows the cluster go to "Running: 2/2 nodes" without a reload; its YAML comes back as a manifest.
 */
class YamlImportStoryIT extends BrowserStory {

    private static final String NAMESPACE = "team-a-yaml";
    private static final String PAGE = "/namespaces/" + NAMESPACE;
    private static final String MANIFEST = """
            apiVersion: run.tanzu.vmware.com/v1alpha3
            kind: TanzuKubernetesCluster
            metadata:
              name: dev
              namespace: team-a-yaml
            spec:
              topology:
                controlPlane:
                  replicas: 1
                  vmClass: best-effort-small
                  storageClass: vsan-default-storage-policy
                  tkr:
                    reference:
                      name: v1.30.1---vmware.1-fips.1-tkg.5
                nodePools:
                - name: workers
                  replicas: 1
                  vmClass: best-effort-small
                  storageClass: vsan-default-storage-policy
            ---
            apiVersion: vmoperator.vmware.com/v1alpha3
            kind: VirtualMachine
            metadata:
              name: jumpbox
              namespace: team-a-yaml
            spec:
              className: VM_CLASS
              imageName: ubuntu-22.04-server
              storageClass: vsan-default-storage-policy
              powerState: PoweredOn
              networkInterfaces:
              - networkName: primary
                networkType: vsphere-distributed
            """;

    @Test
    void alicePreviewsAManifestSeesTheIgnoredFieldCreatesItAndTheClusterRuns() {
        Page alice = signIn("alice", "alice");
        requestNamespace(alice, NAMESPACE);
        Page admin = signIn("admin", "admin");
        approveNamespace(admin, NAMESPACE);

        open(alice, PAGE);
        alice.locator("#import-yaml").click();
        assertThat(alice).hasURL(portal.url(PAGE + "/import"));
        assertThat(alice.locator("#yaml-create")).isDisabled();

        alice.locator("#yaml-text textarea").fill(MANIFEST.replace("VM_CLASS", "best-effort-huge"));
        alice.locator("#yaml-preview").click();
        assertThat(alice.locator("#yaml-import-error")).containsText("document 2 (VirtualMachine jumpbox)");
        assertThat(alice.locator("#yaml-plan")).isHidden();
        assertThat(alice.locator("#yaml-create")).isDisabled();

        alice.locator("#yaml-text textarea").fill(MANIFEST.replace("VM_CLASS", "best-effort-small"));
        alice.locator("#yaml-preview").click();
        assertThat(alice.locator("#yaml-import-error")).isHidden();
        assertThat(alice.locator("#yaml-plan-summary")).containsText("Preview: 2 objects would be created");
        List<List<String>> plan = gridRows(alice.locator("#yaml-plan"));
        assertThat(plan).hasSize(2);
        assertThat(plan.get(0).subList(0, 3)).containsExactly("1", "TanzuKubernetesCluster", "dev");
        assertThat(plan.get(0).get(5)).isEqualTo("all fields honoured");
        assertThat(plan.get(1).subList(0, 3)).containsExactly("2", "VirtualMachine", "jumpbox");
        // Admission picks the zone with the most free quota after the cluster's nodes: one zone, named.
        assertThat(plan.get(1).get(3)).matches("zone-[abc]");
        assertThat(plan.get(1).get(4)).isEqualTo("4,000 MHz\n4,096 MiB\n40 GiB");
        assertThat(plan.get(1).get(5)).contains("1 field not honoured").contains("spec.networkInterfaces");
        assertThat(alice.locator("#yaml-create")).isEnabled();
        alice.locator("#yaml-text").evaluate("field => field.shadowRoot.querySelector('[part=input-field]').scrollTop = 0");
        alice.locator("#back-to-namespace").scrollIntoViewIfNeeded();
        screenshot(alice, "yaml-import-preview");

        open(alice, PAGE);
        assertThat(alice.locator("#no-vms")).isVisible();

        open(alice, PAGE + "/import");
        alice.locator("#yaml-text textarea").fill(MANIFEST.replace("VM_CLASS", "best-effort-small"));
        alice.locator("#yaml-preview").click();
        alice.locator("#yaml-create").click();
        assertThat(alice).hasURL(portal.url(PAGE + "?tab=tkg-clusters"));
        assertThat(alice.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("Created TKG cluster dev (2 node VMs) and VM jumpbox in " + NAMESPACE)).first()).isVisible();
        assertThat(alice.locator("#cluster-status-dev")).containsText("Running: 2/2 nodes",
                new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        assertThat(gridRows(alice.locator("#nodes-dev"))).extracting(row -> row.get(0))
                .containsExactly("dev-control-plane-1", "dev-workers-1");

        alice.locator("#yaml-tkg-cluster-dev").click();
        Locator exported = alice.locator("#manifest-text textarea");
        assertThat(exported).hasValue(Pattern.compile(
                "kind: TanzuKubernetesCluster.*name: dev.*replicas: 1", Pattern.DOTALL));
        screenshot(alice, "yaml-export-dialog");
        alice.keyboard().press("Escape");

        alice.locator("#tab-vms").click();
        assertThat(gridRows(alice.locator("#vms"))).extracting(List::getFirst).containsExactly("jumpbox");
    }
}
