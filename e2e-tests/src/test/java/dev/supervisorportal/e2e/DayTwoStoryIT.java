package dev.supervisorportal.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 13's story, day 2: alice scales her TKG cluster from 2 to 4 workers and upgrades its release, watching the
 * roll-out's progress without a reload; she resizes a VM past her zone's quota and reads which resource falls short;
 * she creates a persistent volume claim and attaches it to a VM; she powers a VM off and the admin sees its host's
 * CPU use drop on the Hosts page.
 *
 * <p>The numbers: every TKG node and best-effort-small VM counts 4,000 MHz (2 vCPU × 2,000 MHz) and 4,096 MiB. An
 * upgrade replaces one node at a time by a surge node in the old node's zone, so the cluster's namespace asks for
 * 72,000 MHz (24,000 MHz per zone): room for the busiest zone's three nodes and their one surge node.
 */
class DayTwoStoryIT extends BrowserStory {

    private static final String OLD_RELEASE = "v1.29.4---vmware.3-fips.1-tkg.1";
    private static final String NEW_RELEASE = "v1.30.1---vmware.1-fips.1-tkg.5";
    /** The node VMs' rolls take a few reconcile cycles each (every 2 s) on a busy machine. */
    private static final double ROLL_TIMEOUT_MS = 240_000;
    private static final int NAME = 0;
    private static final int HOST = 4;
    private static final int STATUS = 5;
    private static final Pattern PROGRESS = Pattern.compile("Upgrading to v1\\.30\\.1: (\\d) of 5 nodes");

    @Test
    void aliceScalesHerClusterFromTwoToFourWorkersAndUpgradesItsReleaseWatchingTheRoll() {
        String namespace = "team-a-roll";
        String page = "/namespaces/" + namespace;
        Page alice = signIn("alice", "alice");
        fillInRequest(alice, namespace, "72000", "98304", "600", "A TKG cluster that takes day-2 upgrades");
        alice.locator("#send-request").click();
        assertThat(alice).hasURL(portal.url("/namespaces"));
        approveNamespace(signIn("admin", "admin"), namespace);

        open(alice, page + "/tkg-clusters/new");
        fillInTkgCluster(alice, "shop", 1, "best-effort-small", 2);
        choose(alice, "#tkg-release", OLD_RELEASE);
        alice.locator("#create-tkg-submit").click();
        assertThat(alice).hasURL(portal.url(page + "?tab=tkg-clusters"));
        Locator status = alice.locator("#cluster-status-shop");
        assertThat(status).containsText("RUNNING", timeout(ROLL_TIMEOUT_MS));
        assertThat(alice.locator("#tkg-clusters")).containsText(OLD_RELEASE);

        awaitNotificationsGone(alice);
        alice.locator("#change-cluster-shop").click();
        Locator dialog = alice.locator("#cluster-change-dialog");
        assertThat(alice.locator("#pool-replicas-workers input")).hasValue("2");
        alice.locator("#pool-replicas-workers input").fill("4");
        alice.locator("#pool-replicas-workers input").blur();
        Locator whatIf = alice.locator("#cluster-change-what-if");
        // Two more workers: the pool is spread in zone-name order, so they go to zone-a and zone-c.
        assertThat(whatIf).containsText("Fits: zone-a quota (16,000 of 24,000 MHz free), "
                + "zone-c quota (24,000 of 24,000 MHz free); hosts have room for all 2 nodes");
        screenshot(alice, "40-tkg-scale-what-if");
        alice.locator("#cluster-change-submit").click();
        assertThat(dialog).isHidden();
        assertThat(alice.locator("#tkg-clusters")).containsText("workers: 4 × best-effort-small, spread");
        await("the four workers running").atMost(Duration.ofMillis((long) ROLL_TIMEOUT_MS))
                .pollInterval(Duration.ofMillis(500)).pollInSameThread()
                .until(() -> nodes(alice, "shop"), nodes -> nodes.size() == 5
                        && nodes.stream().allMatch(node -> node.get(STATUS).equals("RUNNING")));
        assertThat(status).containsText("RUNNING", timeout(ROLL_TIMEOUT_MS));

        alice.locator("#change-cluster-shop").click();
        assertThat(alice.locator("#pool-replicas-workers input")).hasValue("4");
        assertThat(alice.locator("#cluster-release")).containsText("Only a newer release of the catalog");
        chooseInOpeningDialog(alice, "#cluster-release", "Upgrade to " + NEW_RELEASE);
        // The roll's one extra node at a time: the control plane's first surge node, in zone-a.
        assertThat(whatIf).containsText("Fits: zone-a quota (12,000 of 24,000 MHz free); host esx-a-");
        screenshot(alice, "41-tkg-upgrade-what-if");
        markAsLoaded(alice);
        alice.locator("#cluster-change-submit").click();
        assertThat(dialog).isHidden();

        // From here on no reload: the progress comes by server push.
        Locator rollout = alice.locator("#cluster-rollout-shop");
        Set<String> progressSeen = new LinkedHashSet<>();
        await("the roll to v1.30.1 on every node").atMost(Duration.ofMillis((long) ROLL_TIMEOUT_MS))
                .pollInterval(Duration.ofMillis(200)).pollInSameThread().until(() -> {
                    if (rollout.count() == 1) {
                        String text = rollout.innerText().trim();
                        if (progressSeen.add(text)) {
                            System.out.println("STORY progress: " + text);
                            if (progressSeen.size() == 2) {
                                screenshot(alice, "42-tkg-cluster-upgrading");
                            }
                        }
                        return false;
                    }
                    return !progressSeen.isEmpty();
                });
        assertNotReloaded(alice);
        assertThat(progressSeen).allSatisfy(text -> assertThat(text).matches(PROGRESS));
        assertThat(progressSeen).as("the progress shown as the roll went on").hasSizeGreaterThanOrEqualTo(2);
        List<Integer> counts = progressSeen.stream().map(text -> {
            Matcher matcher = PROGRESS.matcher(text);
            return matcher.matches() ? Integer.parseInt(matcher.group(1)) : -1;
        }).toList();
        assertThat(counts).isSorted();
        assertThat(status).containsText("RUNNING", timeout(ROLL_TIMEOUT_MS));
        assertThat(alice.locator("#tkg-clusters")).containsText(NEW_RELEASE);
        List<List<String>> nodes = nodes(alice, "shop");
        assertThat(nodes).hasSize(5).allSatisfy(node -> assertThat(node.get(STATUS)).isEqualTo("RUNNING"));
        assertNotReloaded(alice);
        screenshot(alice, "43-tkg-cluster-upgraded");
        alice.locator("#tab-events").click();
        assertThat(alice.locator("#namespace-events")).containsText("Cluster shop runs v1.30.1");
    }

    @Test
    void aliceResizesAVmPastHerZonesQuotaAndReadsWhichResourceFallsShort() {
        String namespace = "team-a-resize";
        Page alice = signIn("alice", "alice");
        approvedNamespace(alice, namespace);
        createRunningVm(alice, namespace, "api-1");
        awaitNotificationsGone(alice);

        alice.locator("#resize-vm-api-1").click();
        assertThat(alice.locator("#vm-resize-disk input")).hasValue("20");
        choose(alice, "#vm-resize-class", "guaranteed-8xlarge");
        Locator whatIf = alice.locator("#vm-resize-what-if");
        assertThat(whatIf).hasText("Would it fit?Does not fit: "
                + "Not enough CPU quota in zone-a: needs 60,000 MHz, 8,000 MHz free of 12,000 MHz. "
                + "Not enough memory quota in zone-a: needs 126,976 MiB, 28,672 MiB free of 32,768 MiB.");
        assertThat(alice.locator("#vm-resize-submit")).isDisabled();
        screenshot(alice, "44-vm-resize-refused");
    }

    @Test
    void aliceCreatesAVolumeAndAttachesItToAVm() {
        String namespace = "team-a-volumes";
        String page = "/namespaces/" + namespace;
        Page alice = signIn("alice", "alice");
        approvedNamespace(alice, namespace);
        createRunningVm(alice, namespace, "db-1");

        alice.locator("#tab-volumes").click();
        assertThat(alice.locator("#no-pvcs")).isVisible();
        alice.locator("#create-pvc").click();
        alice.locator("#pvc-name input").fill("db-data");
        choose(alice, "#pvc-policy", "vsan-default-storage-policy");
        alice.locator("#pvc-size input").fill("50");
        choose(alice, "#pvc-zone", "zone-a");
        Locator whatIf = alice.locator("#pvc-what-if");
        assertThat(whatIf).hasText("Would it fit?A datastore of zone-a has room for it now.");
        screenshot(alice, "45-pvc-form-what-if");
        alice.locator("#create-pvc-submit").click();
        assertThat(alice.locator("#create-pvc-dialog")).isHidden();
        Locator pvcs = alice.locator("#pvcs");
        assertThat(pvcs).containsText("BOUND", timeout(30_000));

        alice.locator("#attach-pvc-db-data").click();
        choose(alice, "#attach-pvc-target", "VM db-1");
        alice.locator("#attach-pvc-submit").click();
        assertThat(alice.locator("#attach-pvc-dialog")).isHidden();
        assertThat(pvcs).containsText("VM db-1");
        assertThat(gridRows(pvcs).getFirst().subList(0, 7)).containsExactly("db-data", "vsan-default-storage-policy",
                "50 GiB", "zone-a", "BOUND", "vsanDatastore-zone-a", "VM db-1");
        // The tab and the namespace's object counts follow without a reload.
        assertThat(alice.locator("#tab-volumes")).hasText("Volumes (1)");
        assertThat(alice.locator("#count-pvc")).containsText("1 (no limit)");
        awaitNotificationsGone(alice);
        screenshot(alice, "46-volumes-tab");
    }

    @Test
    void alicePowersAVmOffAndTheAdminSeesItsHostsCpuUseDrop() {
        String namespace = "team-a-power";
        Page alice = signIn("alice", "alice");
        Page admin = approvedNamespace(alice, namespace);
        String host = createRunningVm(alice, namespace, "batch-1");

        open(admin, "/hosts");
        Locator cpu = admin.locator("#host-" + host + " .usage-text").first();
        assertThat(admin.locator("#host-workloads-" + host)).containsText(namespace + "/batch-1");
        long before = mhz(cpu.innerText());
        System.out.println("STORY host cpu before: " + cpu.innerText());
        markAsLoaded(admin);

        alice.locator("#power-off-vm-batch-1").click();
        assertThat(alice.getByText("batch-1 leaves " + host + " at the next reconcile cycle and frees its CPU and "
                + "memory there; its quota in zone-a stays reserved (4,000 MHz · 4,096 MiB · 20 GiB), as in vSphere."))
                .isVisible();
        screenshot(alice, "47-vm-power-off-confirm");
        confirm(alice, "Power off");
        await("batch-1 powered off").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .pollInSameThread().until(() -> vm(alice, "batch-1"), row -> row.get(STATUS).equals("POWERED_OFF"));
        assertThat(alice.locator("#power-on-vm-batch-1")).isVisible();

        assertThat(admin.locator("#host-workloads-" + host)).not().containsText(namespace + "/batch-1",
                new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        long after = mhz(cpu.innerText());
        System.out.println("STORY host cpu after: " + cpu.innerText());
        assertThat(before - after).as("the CPU use of " + host + " that batch-1 took").isEqualTo(4_000);
        assertNotReloaded(admin);
        admin.locator("#host-" + host).scrollIntoViewIfNeeded();
        screenshotOfTop(admin, "48-hosts-after-power-off", 1100);
        // The datastores sit below every zone's hosts: the picture is of their section only.
        Locator datastores = admin.locator("#datastores-section");
        assertThat(admin.locator("#datastores")).containsText("vsanDatastore-zone-a");
        datastores.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("49-hosts-datastores.png")));
        AccessibilityCheck.assertAccessible(admin, "the Hosts page with its datastores");
    }

    /**
     * {@link #choose} in a select of a dialog that has just opened: a click while the dialog still animates in may
     * leave the select's list closed, so the field is clicked again until the item shows.
     */
    private static void chooseInOpeningDialog(Page page, String fieldSelector, String label) {
        Locator item = visible(page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(label)));
        for (int attempt = 1; attempt <= 3; attempt++) {
            page.locator(fieldSelector).click();
            try {
                item.first().waitFor(new Locator.WaitForOptions().setTimeout(5_000));
                break;
            } catch (com.microsoft.playwright.TimeoutError closed) {
                page.keyboard().press("Escape");
            }
        }
        item.first().click();
    }

    /** alice creates a best-effort-small VM in zone-a and waits until it runs; returns its host. */
    private String createRunningVm(Page alice, String namespace, String name) {
        open(alice, "/namespaces/" + namespace + "/vms/new");
        fillInVm(alice, name, "best-effort-small", "20", "zone-a");
        alice.locator("#create-vm-submit").click();
        assertThat(alice).hasURL(portal.url("/namespaces/" + namespace + "?tab=vms"));
        List<String> row = await(name + " running").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .pollInSameThread().until(() -> vm(alice, name), shown -> shown != null
                        && shown.get(STATUS).equals("RUNNING"));
        return row.get(HOST);
    }

    private static List<String> vm(Page page, String name) {
        Locator grid = page.locator("#vms");
        if (grid.count() != 1) {
            return null;
        }
        return gridRows(grid).stream().filter(row -> row.get(NAME).equals(name)).findFirst().orElse(null);
    }

    private static List<List<String>> nodes(Page page, String cluster) {
        Locator grid = page.locator("#nodes-" + cluster);
        return grid.count() == 1 ? gridRows(grid) : List.of();
    }

    /** 12,000 of "CPU 12,000 MHz of 96,000 MHz · 13 %". */
    private static long mhz(String usage) {
        Matcher matcher = Pattern.compile("([\\d,]+) MHz").matcher(usage);
        assertThat(matcher.find()).as("MHz in " + usage).isTrue();
        return Long.parseLong(matcher.group(1).replace(",", ""));
    }

    private static LocatorAssertions.ContainsTextOptions timeout(double ms) {
        return new LocatorAssertions.ContainsTextOptions().setTimeout(ms);
    }
}
