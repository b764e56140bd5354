package dev.supervisorportal.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The admin's story. alice asks for a namespace; the admin approves it with less CPU than asked (24,000 MHz: 8,000
 * per zone, room for two of her three VMs in zone-a), alice asks for 36,000 MHz, and the admin approves that from the
 * queue. alice runs her three VMs in zone-a; the reconciler places and starts them, which the admin sees on the
 * Hosts page's placement map. The admin marks the host of one of them FAILED, after a dialog that says what vSphere
 * HA will do. Without a reload, both the admin's Hosts page and alice's namespace page show the VMs that ran there
 * RUNNING on other hosts of zone-a, and the failed host empty; alice's Events tab and the admin's dashboard say why.
 * Then the admin recovers the host, and puts another host into maintenance: its VMs move to the other hosts of
 * zone-a, live, and it shows empty until it leaves maintenance; the dashboard then lists neither host as needing
 * attention.
 */
class AdminStoryIT extends BrowserStory {

    private static final String NAMESPACE = "team-a-ha";
    private static final String PAGE = "/namespaces/" + NAMESPACE;
    private static final List<String> VMS = List.of("ha-1", "ha-2", "ha-3");
    /** Columns of the VMs grid. */
    private static final int NAME = 0;
    private static final int ZONE = 3;
    private static final int HOST = 4;
    private static final int STATUS = 5;

    @Test
    void theAdminAdjustsARequestApprovesMoreQuotaAndHandlesAFailedHostAndAMaintenance() {
        Page alice = signIn("alice", "alice");
        requestNamespace(alice, NAMESPACE);
        Page admin = signIn("admin", "admin");

        open(admin, "/approvals");
        assertThat(admin.locator("#pending-requests")).containsText("Web shop front end and its TKG cluster");
        screenshot(admin, "approvals");
        admin.locator("#actions-" + NAMESPACE + " vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Adjust")).click();
        assertThat(admin.locator("#adjust-cpu input")).hasValue("36000");
        admin.locator("#adjust-cpu input").fill("24000");
        screenshot(admin, "approve-adjusted");
        admin.locator("#approve-adjusted").click();
        assertThat(visible(admin.locator("#actions-" + NAMESPACE))).hasCount(0);

        open(alice, "/namespaces");
        assertThat(alice.locator("#my-requests")).containsText("Approved with 24,000 MHz");
        open(alice, PAGE);
        assertThat(alice.locator("#zone-shares")).containsText("0 MHz used of 8,000 MHz");
        alice.locator("#request-quota").click();
        assertThat(alice).hasURL(portal.url(PAGE + "/quota/request"));
        assertThat(alice.locator("#quota-cpu input")).hasValue("24000");
        alice.locator("#quota-cpu input").fill("36000");
        alice.locator("#quota-justification textarea").fill("Three VMs in zone-a for the HA test");
        alice.locator("#send-quota-request").click();
        assertThat(alice).hasURL(portal.url(PAGE + "?tab=quota-requests"));
        assertThat(alice.locator("#quota-requests")).containsText("waiting for approval");

        open(admin, "/approvals");
        Locator quotaQueue = admin.locator("#pending-quota-requests");
        assertThat(quotaQueue).containsText(NAMESPACE);
        assertThat(quotaQueue).containsText("CPU24,000 MHz → 36,000 MHz");
        assertThat(quotaQueue).containsText("Memory98,304 MiB, unchanged");
        screenshot(admin, "approvals-quota-request");
        admin.locator("#quota-actions-" + NAMESPACE + " vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Approve")).click();
        assertThat(visible(admin.locator("#quota-actions-" + NAMESPACE))).hasCount(0);

        open(alice, PAGE + "?tab=quota-requests");
        assertThat(alice.locator("#quota-requests")).containsText("Approved as asked by admin");
        assertThat(alice.locator("#zone-shares")).containsText("0 MHz used of 12,000 MHz");

        for (String vm : VMS) {
            open(alice, PAGE + "/vms/new");
            fillInVm(alice, vm, "best-effort-small", "20", "zone-a");
            alice.locator("#create-vm-submit").click();
            assertThat(alice).hasURL(portal.url(PAGE + "?tab=vms"));
        }
        Map<String, String> hostOf = awaitVms(alice, "all three RUNNING on hosts of zone-a",
                vms -> vms.size() == VMS.size() && vms.values().stream().allMatch(row -> row.get(STATUS).equals("RUNNING")
                        && row.get(ZONE).equals("zone-a") && row.get(HOST).startsWith("esx-a-")));
        String failing = hostOf.get("ha-1");
        List<String> ranThere = VMS.stream().filter(vm -> hostOf.get(vm).equals(failing)).toList();

        open(admin, "/hosts");
        Locator failingWorkloads = admin.locator("#host-workloads-" + failing);
        ranThere.forEach(vm -> assertThat(failingWorkloads).containsText(NAMESPACE + "/" + vm));
        screenshotOfTop(admin, "hosts-placement-map", 1100);
        markAsLoaded(admin);
        markAsLoaded(alice);
        admin.locator("#mark-failed-" + failing).click();
        assertThat(admin.getByText("This simulates an outage of the ESXi host " + failing + ". vSphere HA restarts its"))
                .isVisible();
        screenshot(admin, "hosts-confirm-failure");
        confirm(admin, "Mark failed");

        // No reload from here on: the pages update by server push.
        assertThat(admin.locator("#host-state-" + failing)).hasText("FAILED");
        assertThat(failingWorkloads).hasText("No workloads");
        for (String vm : ranThere) {
            Locator row = admin.locator("#zone-zone-a .host-workload")
                    .filter(new Locator.FilterOptions().setHasText(NAMESPACE + "/" + vm));
            assertThat(row).hasCount(1);
            assertThat(row).containsText("RUNNING");
        }
        ranThere.forEach(vm -> assertThat(admin.locator("#host-restarted-" + failing))
                .containsText(NAMESPACE + "/" + vm + " → esx-a-"));
        assertThat(admin.locator("#host-events")).containsText("(vSphere HA)");
        screenshotOfTop(admin, "hosts-after-failure", 1100);
        assertNotReloaded(admin);

        Map<String, String> after = awaitVms(alice, "the VMs of " + failing + " RUNNING on other hosts of zone-a",
                vms -> ranThere.stream().allMatch(vm -> vms.get(vm).get(STATUS).equals("RUNNING")
                        && vms.get(vm).get(HOST).startsWith("esx-a-") && !vms.get(vm).get(HOST).equals(failing)));
        assertThat(after.values()).doesNotContain(failing);
        assertNotReloaded(alice);
        alice.locator("#tab-events").click();
        assertThat(alice.locator("#namespace-events")).containsText(failing + " failed; restarting");
        assertThat(alice.locator("#namespace-events")).containsText("(vSphere HA)");
        screenshot(alice, "namespace-events-after-failure");

        open(admin, "/");
        assertThat(admin.locator("#health-summary")).containsText("control-plane VMs");
        assertThat(admin.locator("#dashboard-hosts")).containsText(failing);
        screenshot(admin, "dashboard-admin");

        open(admin, "/hosts");
        admin.locator("#host-events-" + failing).click();
        assertThat(admin.locator("#host-events-of-" + failing)).containsText(failing + " failed; restarting");
        admin.locator("#host-events-dialog vaadin-button, vaadin-dialog-overlay vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Close").setVisible(true)).click();
        admin.locator("#recover-" + failing).click();
        assertThat(admin.locator("#host-state-" + failing)).hasText("READY");
        assertThat(admin.locator("#enter-maintenance-" + failing)).isVisible();

        // Maintenance: DRS moves what runs on the host to the other READY hosts of zone-a, live.
        String maintained = after.get("ha-2");
        markAsLoaded(admin);
        admin.locator("#enter-maintenance-" + maintained).click();
        assertThat(admin.locator("#host-state-" + maintained)).hasText("MAINTENANCE");
        assertThat(admin.locator("#host-note-" + maintained)).hasText("In maintenance: no workloads left.");
        assertThat(admin.locator("#host-workloads-" + maintained)).hasText("No workloads");
        screenshot(admin, "hosts-maintenance");
        assertNotReloaded(admin);
        alice.locator("#tab-vms").click();
        Map<String, String> moved = awaitVms(alice, "the VMs off " + maintained + " RUNNING on other hosts",
                vms -> vms.values().stream().allMatch(row -> row.get(STATUS).equals("RUNNING")
                        && !row.get(HOST).equals(maintained) && row.get(HOST).startsWith("esx-a-")));
        assertThat(moved.values()).doesNotContain(maintained);
        assertNotReloaded(alice);
        admin.locator("#exit-maintenance-" + maintained).click();
        assertThat(admin.locator("#host-state-" + maintained)).hasText("READY");

        // The demo keeps a host of its own in maintenance: the dashboard lists that one, and neither of the story's.
        open(admin, "/");
        assertThat(admin.locator("#dashboard-hosts")).containsText("MAINTENANCE");
        assertThat(admin.locator("#dashboard-hosts")).not().containsText(failing);
        assertThat(admin.locator("#dashboard-hosts")).not().containsText(maintained);
    }

    /**
     * Waits, without reloading, until the namespace page's VMs grid satisfies {@code done}; returns each VM's host.
     */
    private static Map<String, String> awaitVms(Page page, String what, Predicate<Map<String, List<String>>> done) {
        // Playwright's objects belong to this thread: Awaitility polls in it too.
        Map<String, List<String>> vms = await(what).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .pollInSameThread().until(() -> vmsShown(page), shown -> shown != null && done.test(shown));
        Map<String, String> hosts = new LinkedHashMap<>();
        vms.forEach((name, row) -> hosts.put(name, row.get(HOST)));
        return hosts;
    }

    /** The rows of the namespace page's VMs grid by VM name; null while the grid is not shown. */
    private static Map<String, List<String>> vmsShown(Page page) {
        Locator grid = page.locator("#vms");
        if (grid.count() != 1) {
            return null;
        }
        Map<String, List<String>> vms = new LinkedHashMap<>();
        gridRows(grid).forEach(row -> vms.put(row.get(NAME), row));
        return vms;
    }
}
