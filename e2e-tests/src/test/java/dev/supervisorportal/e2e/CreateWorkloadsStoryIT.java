package dev.supervisorportal.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's story: alice creates a VM and a TKG cluster with a three-node control plane in her approved namespace
 * and sees the zone shares go down; a VM beyond the quota is refused with the zone named; vSphere Pods are refused
 * on the three-zone demo Supervisor, saying why; deleting the VM gives its quota back. Then she shares a namespace
 * with bob, who can look but not create (the quota request and its approval are in {@link AdminStoryIT}).
 *
 * <p>The numbers: 36,000 MHz / 98,304 MiB / 600 GiB split over three zones is 12,000 MHz / 32,768 MiB / 200 GiB
 * each; 1 vCPU counts 2,000 MHz; best-effort-small is 2 vCPU / 4 GiB, best-effort-medium 2 vCPU / 8 GiB, and every
 * TKG node has a 20 GiB disk.
 */
class CreateWorkloadsStoryIT extends BrowserStory {

    private static final String NAMESPACE = "team-a-apps";
    private static final String PAGE = "/namespaces/" + NAMESPACE;
    /** The reconciler runs every 2 s and right after a change, so a new workload may be placed already. */
    private static final List<String> JUST_CREATED = List.of("PENDING", "PLACED", "RUNNING");

    @Test
    void aliceCreatesAVmAndAClusterSeesTheZoneSharesGoDownAndIsRefusedBeyondTheQuota() {
        Page alice = signIn("alice", "alice");
        approvedNamespace(alice, NAMESPACE);

        open(alice, PAGE);
        assertThat(alice.locator("#zone-shares")).containsText("0 MHz used of 12,000 MHz · 12,000 MHz free");
        assertThat(alice.locator("#no-vms")).isVisible();
        assertThat(alice.locator("#create-pod")).isDisabled();
        alice.locator("#tab-pods").click();
        assertThat(alice.locator("#pods-refused")).containsText("vSphere Pods run only on a single-zone Supervisor, "
                + "and this one has 3 zones (zone-a, zone-b, zone-c). Run the containers in a TKG cluster instead.");
        alice.locator("#create-pod").hover();
        assertThat(alice.locator("vaadin-tooltip-overlay, vaadin-tooltip").filter(new Locator.FilterOptions()
                .setHasText("vSphere Pods run only on a single-zone Supervisor").setVisible(true)).first()).isVisible();
        screenshot(alice, "20-namespace-before-workloads");

        alice.locator("#create-vm").click();
        assertThat(alice).hasURL(portal.url(PAGE + "/vms/new"));
        alice.locator("#vm-name input").fill("Web_1");
        alice.locator("#create-vm-submit").click();
        assertThat(alice.locator("#vm-name")).containsText("Use only lower-case letters, digits and '-'; 'W' is not allowed.");
        assertThat(alice.locator("#vm-class")).containsText("Choose a VM class.");
        assertThat(alice.locator("#vm-disk")).containsText("Enter the disk size in GiB.");
        screenshot(alice, "21-vm-form-refused-at-the-fields");

        fillInVm(alice, "web-1", "best-effort-small", "40", null);
        assertThat(alice.locator("#vm-class")).containsText("Counts as 4,000 MHz (2 vCPU × 2,000 MHz) and 4,096 MiB");
        screenshot(alice, "22-vm-form-filled-in");
        alice.locator("#create-vm-submit").click();
        assertThat(alice).hasURL(portal.url(PAGE + "?tab=vms"));
        // Every zone had 12,000 MHz free; on a tie the zone whose name sorts first gets the VM.
        assertThat(gridRows(alice.locator("#vms"))).singleElement().satisfies(row -> {
            assertThat(row.subList(0, 4)).containsExactly("web-1", "best-effort-small", "ubuntu-22.04-server", "zone-a");
            assertThat(row.get(5)).isIn(JUST_CREATED);
            assertThat(row.get(7)).isEqualTo("4,000 MHz\n4,096 MiB\n40 GiB");
        });
        assertThat(gridRows(alice.locator("#zone-shares"))).containsExactly(
                share("zone-a", 4_000, 4_096, 40), share("zone-b", 0, 0, 0), share("zone-c", 0, 0, 0));
        screenshot(alice, "23-vm-pending-zone-a-share-down");

        alice.locator("#create-tkg-cluster").click();
        assertThat(alice).hasURL(portal.url(PAGE + "/tkg-clusters/new"));
        assertThat(alice.locator("#pool-0-name input")).hasValue("workers");
        fillInTkgCluster(alice, "apps", 3, "best-effort-medium", 2);
        assertThat(alice.locator("#tkg-summary")).hasText("5 node VMs: 3 control plane (one per zone), 2 workers. "
                + "Together they reserve 20,000 MHz · 40,960 MiB · 100 GiB of the namespace's quota.");
        screenshot(alice, "24-tkg-form-filled-in");
        alice.locator("#create-tkg-submit").click();
        assertThat(alice).hasURL(portal.url(PAGE + "?tab=tkg-clusters"));
        assertThat(alice.locator("#tkg-clusters")).containsText("/5 nodes");
        // The control plane goes one node per zone; the pool without a zone is spread in zone-name order.
        List<List<String>> nodes = gridRows(alice.locator("#nodes-apps"));
        assertThat(nodes).extracting(row -> row.get(5)).allSatisfy(status -> assertThat(status).isIn(JUST_CREATED));
        assertThat(nodes).extracting(row -> row.subList(0, 4)).containsExactly(
                node("apps-control-plane-1", "control-plane", "zone-a"),
                node("apps-control-plane-2", "control-plane", "zone-b"),
                node("apps-control-plane-3", "control-plane", "zone-c"),
                node("apps-workers-1", "worker", "zone-a"),
                node("apps-workers-2", "worker", "zone-b"));
        // Each node: 4,000 MHz, 8,192 MiB, 20 GiB, on top of the VM's 4,000 MHz, 4,096 MiB and 40 GiB in zone-a.
        assertThat(gridRows(alice.locator("#zone-shares"))).containsExactly(
                share("zone-a", 12_000, 20_480, 80), share("zone-b", 8_000, 16_384, 40),
                share("zone-c", 4_000, 8_192, 20));
        screenshot(alice, "25-tkg-cluster-nodes-and-zone-shares");

        open(alice, PAGE + "/vms/new");
        fillInVm(alice, "big-1", "best-effort-large", "40", "zone-a");
        alice.locator("#create-vm-submit").click();
        assertThat(alice.locator("#vm-form-error"))
                .hasText("Not enough CPU quota in zone-a: needs 8,000 MHz, 0 MHz free of 12,000 MHz.");
        screenshot(alice, "26-vm-refused-zone-a-full");
        choose(alice, "#vm-class", "guaranteed-8xlarge");
        choose(alice, "#vm-zone", "Any zone");
        alice.locator("#create-vm-submit").click();
        // Without a zone the VM is tried where the most CPU is free: zone-c.
        assertThat(alice.locator("#vm-form-error"))
                .hasText("Not enough CPU quota in zone-c: needs 64,000 MHz, 8,000 MHz free of 12,000 MHz.");
        assertThat(alice).hasURL(portal.url(PAGE + "/vms/new"));
        screenshot(alice, "27-vm-refused-beyond-the-quota");
        open(alice, PAGE);
        assertThat(gridRows(alice.locator("#vms"))).extracting(List::getFirst).containsExactly("web-1");
        assertThat(alice.locator("#zone-shares")).containsText("12,000 MHz used of 12,000 MHz · 0 MHz free");

        open(alice, PAGE + "/pods/new");
        assertThat(alice.locator("#pod-form-error")).containsText("vSphere Pods run only on a single-zone Supervisor");
        assertThat(alice.locator("#create-pod-submit")).isDisabled();
        screenshot(alice, "28-pod-form-refused-on-three-zones");

        open(alice, PAGE);
        alice.locator("#delete-vm-web-1").click();
        assertThat(alice.getByText("its reservation in zone-a (4,000 MHz · 4,096 MiB · 40 GiB) goes back")).isVisible();
        screenshot(alice, "29-delete-vm-confirm");
        confirm(alice, "Delete VM");
        assertThat(alice.locator("#no-vms")).isVisible();
        assertThat(gridRows(alice.locator("#zone-shares")).getFirst()).isEqualTo(share("zone-a", 8_000, 16_384, 40));
    }

    @Test
    void aliceSharesHerNamespaceWithBobWhoMayOnlyLook() {
        String namespace = "team-a-batch";
        Page alice = signIn("alice", "alice");
        approvedNamespace(alice, namespace);

        open(alice, "/namespaces/" + namespace);
        alice.locator("#tab-permissions").click();
        choose(alice, "#role-user-alice", "VIEW");
        assertThat(alice.locator("#permissions-error"))
                .hasText("Namespace " + namespace + " needs at least one owner; make someone else owner first.");
        screenshot(alice, "32-last-owner-stays");
        alice.locator("#permission-subject input").fill("bob");
        alice.locator("#grant-permission").click();
        assertThat(alice.locator("#permissions")).containsText("bob");

        Page bob = signIn("bob", "bob");
        open(bob, "/namespaces/" + namespace);
        assertThat(bob.locator("#your-role")).containsText("VIEW");
        assertThat(bob.locator("#create-vm")).hasCount(0);
        assertThat(bob.locator("#namespace-actions")).containsText("ask an owner for EDIT permission");
        screenshot(bob, "33-bob-may-only-look");
        open(bob, "/namespaces/" + namespace + "/vms/new");
        assertThat(bob.locator("#access-denied-reason"))
                .hasText("You need EDIT permission in namespace " + namespace + " to create VMs; you have VIEW.");

        // bob's own view stays as the demo made it: take the permission back.
        open(alice, "/namespaces/" + namespace + "?tab=permissions");
        alice.locator("#remove-user-bob").click();
        confirm(alice, "Remove permission");
        assertThat(alice.locator("#permissions")).not().containsText("bob");
    }

    private static List<String> share(String zone, long cpuMhz, long memoryMib, long storageGib) {
        return List.of(zone,
                String.format(Locale.UK, "%,d MHz used of 12,000 MHz · %,d MHz free", cpuMhz, 12_000 - cpuMhz),
                String.format(Locale.UK, "%,d MiB used of 32,768 MiB · %,d MiB free", memoryMib, 32_768 - memoryMib),
                String.format(Locale.UK, "%,d GiB used of 200 GiB · %,d GiB free", storageGib, 200 - storageGib));
    }

    private static List<String> node(String name, String role, String zone) {
        return List.of(name, role, "best-effort-medium", zone);
    }
}
