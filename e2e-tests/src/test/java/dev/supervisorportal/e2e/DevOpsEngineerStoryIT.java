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
 * The DevOps engineer's story, from a request to a running TKG cluster. alice asks for a namespace and an admin, in
 * another browser, approves it. alice finds it in her list, opens it, and tries the create forms: the VM form and the
 * TKG form say, before she sends them, that they fit the quota and which hosts have room. Then she imports a
 * TanzuKubernetesCluster (one control-plane node, one pool of one worker) and a VirtualMachine written for vSphere with
 * Tanzu by YAML: a class the catalog lacks is refused with the document named; fixed, the preview lists what would be
 * created and the field the portal ignores. She creates it and, without a reload, the namespace page shows the cluster
 * go to "Running: 2/2 nodes" as the reconciler places and starts its nodes; its YAML comes back as a manifest, and her
 * dashboard shows what she runs.
 */
class DevOpsEngineerStoryIT extends BrowserStory {

    private static final String NAMESPACE = "team-a-web";
    private static final String PAGE = "/namespaces/" + NAMESPACE;
    private static final String MANIFEST = """
            apiVersion: run.tanzu.vmware.com/v1alpha3
            kind: TanzuKubernetesCluster
            metadata:
              name: dev
              namespace: team-a-web
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
              namespace: team-a-web
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
    void aliceGoesFromARequestToARunningTkgClusterImportedFromYaml() {
        Page alice = signIn("alice", "alice");
        approvedNamespace(alice, NAMESPACE);

        open(alice, "/namespaces");
        assertThat(alice.locator("#namespaces")).containsText(NAMESPACE);
        screenshot(alice, "namespaces-list");
        alice.locator("#namespaces").getByText(NAMESPACE).click();
        assertThat(alice).hasURL(portal.url(PAGE));
        assertThat(alice.locator("#your-role")).containsText("OWNER");

        alice.locator("#create-vm").click();
        assertThat(alice).hasURL(portal.url(PAGE + "/vms/new"));
        Locator vmWhatIf = alice.locator("#vm-form-what-if");
        assertThat(vmWhatIf).containsText("Complete the fields to see whether it fits");
        fillInVm(alice, "web-1", "best-effort-small", "40", "zone-b");
        assertThat(vmWhatIf).containsText(Pattern.compile(
                "Fits: zone-b quota \\(12,000 of 12,000 MHz free\\); host esx-b-\\d+ has room\\."));
        screenshot(alice, "create-vm-what-if");

        open(alice, PAGE + "/tkg-clusters/new");
        fillInTkgCluster(alice, "shop", 3, "best-effort-small", 2);
        assertThat(alice.locator("#tkg-form-what-if")).containsText(Pattern.compile(
                "Fits: .*; hosts have room for all 5 nodes \\(esx-[abc]-\\d+.*\\)\\."));
        screenshot(alice, "create-tkg-what-if");

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
        alice.locator("#yaml-text").evaluate("field => field.shadowRoot.querySelector('[part=input-field]').scrollTop = 0");
        alice.locator("#back-to-namespace").scrollIntoViewIfNeeded();
        screenshot(alice, "yaml-import-preview");
        assertThat(alice.locator("#yaml-create")).isEnabled();

        // The preview created nothing: else Create would refuse the names as taken.
        alice.locator("#yaml-create").click();
        assertThat(alice).hasURL(portal.url(PAGE + "?tab=tkg-clusters"));
        markAsLoaded(alice);
        assertThat(alice.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("Created TKG cluster dev (2 node VMs) and VM jumpbox in " + NAMESPACE)).first()).isVisible();
        assertThat(alice.locator("#cluster-status-dev")).containsText("Running: 2/2 nodes",
                new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        assertNotReloaded(alice);
        assertThat(gridRows(alice.locator("#nodes-dev"))).extracting(row -> row.get(0))
                .containsExactly("dev-control-plane-1", "dev-workers-1");
        awaitNotificationsGone(alice);
        screenshot(alice, "tkg-cluster-running");

        alice.locator("#yaml-tkg-cluster-dev").click();
        assertThat(alice.locator("#manifest-text textarea")).hasValue(Pattern.compile(
                "kind: TanzuKubernetesCluster.*name: dev.*replicas: 1", Pattern.DOTALL));
        screenshot(alice, "yaml-export-dialog");
        alice.keyboard().press("Escape");

        alice.locator("#tab-vms").click();
        assertThat(gridRows(alice.locator("#vms"))).extracting(List::getFirst).containsExactly("jumpbox");
        screenshot(alice, "namespace-detail");

        open(alice, "/");
        assertThat(alice.locator("main.page")).containsText("My quota per zone");
        screenshot(alice, "dashboard-devops");
    }
}
