package dev.supervisorportal.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Issue 5's story: alice runs three VMs in zone-a; the reconciler places and starts them. An admin marks the host of
 * one of them FAILED on the Hosts page, after a dialog that says what vSphere HA will do. Without a reload, both the
 * admin's Hosts page and alice's namespace page show the VMs that ran there RUNNING on other hosts of zone-a, and the
 * failed host empty; alice's Events tab says why. Then the admin recovers the host, and puts another host into
 * maintenance: its VMs move to the other hosts of zone-a, live, and it shows empty until it leaves maintenance.
 */
class HostFailureStoryIT extends BrowserStory {

    private static final String NAMESPACE = "team-a-ha";
    private static final String PAGE = "/namespaces/" + NAMESPACE;
    private static final List<String> VMS = List.of("ha-1", "ha-2", "ha-3");
    /** Columns of the VMs grid. */
    private static final int NAME = 0;
    private static final int ZONE = 3;
    private static final int HOST = 4;
    private static final int STATUS = 5;

    @Test
    void aHostFailsAndVsphereHaRestartsItsVmsOnTheOtherHostsOfTheZone() {
        Page alice = signIn("alice", "alice");
        requestNamespace(alice, NAMESPACE);
        Page admin = signIn("admin", "admin");
        approveNamespace(admin, NAMESPACE);

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
        admin.locator("#mark-failed-" + failing).click();
        assertThat(admin.getByText("This simulates an outage of the ESXi host " + failing + ". vSphere HA restarts its"))
                .isVisible();
        screenshot(admin, "hosts-confirm-failure");
        admin.locator("vaadin-confirm-dialog vaadin-button, vaadin-confirm-dialog-overlay vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Mark failed").setVisible(true)).click();

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
        screenshot(admin, "hosts-after-failure");

        Map<String, String> after = awaitVms(alice, "the VMs of " + failing + " RUNNING on other hosts of zone-a",
                vms -> ranThere.stream().allMatch(vm -> vms.get(vm).get(STATUS).equals("RUNNING")
                        && vms.get(vm).get(HOST).startsWith("esx-a-") && !vms.get(vm).get(HOST).equals(failing)));
        assertThat(after.values()).doesNotContain(failing);
        alice.locator("#tab-events").click();
        assertThat(alice.locator("#namespace-events")).containsText(failing + " failed; restarting");
        assertThat(alice.locator("#namespace-events")).containsText("(vSphere HA)");
        screenshot(alice, "namespace-events-after-failure");

        open(admin, "/");
        assertThat(admin.locator("#health-summary")).containsText("control-plane VMs");
        assertThat(admin.locator("#dashboard-hosts")).containsText(failing);
        screenshot(admin, "dashboard-health");

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
        admin.locator("#enter-maintenance-" + maintained).click();
        assertThat(admin.locator("#host-state-" + maintained)).hasText("MAINTENANCE");
        assertThat(admin.locator("#host-note-" + maintained)).hasText("In maintenance: no workloads left.");
        assertThat(admin.locator("#host-workloads-" + maintained)).hasText("No workloads");
        screenshot(admin, "hosts-maintenance");
        alice.locator("#tab-vms").click();
        Map<String, String> moved = awaitVms(alice, "the VMs off " + maintained + " RUNNING on other hosts",
                vms -> vms.values().stream().allMatch(row -> row.get(STATUS).equals("RUNNING")
                        && !row.get(HOST).equals(maintained) && row.get(HOST).startsWith("esx-a-")));
        assertThat(moved.values()).doesNotContain(maintained);
        admin.locator("#exit-maintenance-" + maintained).click();
        assertThat(admin.locator("#host-state-" + maintained)).hasText("READY");

        open(admin, "/");
        assertThat(admin.locator("#dashboard-hosts-all-ready")).hasText("None: every host is READY.");
    }

    /**
     * Waits, without reloading, until the namespace page's VMs grid satisfies {@code done}; returns each VM's host.
     */
    private static Map<String, String> awaitVms(Page page, String what, Predicate<Map<String, List<String>>> done) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        Map<String, List<String>> vms = Map.of();
        while (System.nanoTime() < deadline) {
            Locator grid = page.locator("#vms");
            if (grid.count() == 1) {
                vms = new LinkedHashMap<>();
                for (List<String> row : gridRows(grid)) {
                    vms.put(row.get(NAME), row);
                }
                if (done.test(vms)) {
                    Map<String, String> hosts = new LinkedHashMap<>();
                    vms.forEach((name, row) -> hosts.put(name, row.get(HOST)));
                    return hosts;
                }
            }
            page.waitForTimeout(250);
        }
        return fail("Waited 30 s for " + what + "; the VMs grid shows " + vms);
    }
}
