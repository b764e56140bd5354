package dev.supervisorportal.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The demo as someone trying it sees it at first sign-in, with nothing a story made: alice's dashboard counts her
 * running workloads, her namespace team-a-shop runs its VMs on hosts and its TKG cluster, and her requests show the
 * admin's decisions; bob sees team-b-analytics and his request waiting, nothing of team-a's; the admin's queue holds
 * bob's namespace request and alice's quota request, the Hosts page a host in maintenance, the audit log who did all
 * that. A portal of its own, started fresh, so that what it sees is the first start and not what other stories added.
 */
class LivedInDemoStoryIT extends BrowserStory {

    private static RunningPortal firstStart;

    @BeforeAll
    static void startBrowser() {
        firstStart = RunningPortal.start(RunningPortal.freePort(), "portal-e2e-first-start", List.of(),
                Duration.ofMinutes(4));
        startBrowser(firstStart);
    }

    @AfterAll
    static void stopPortal() {
        if (firstStart != null) {
            firstStart.stop();
        }
    }

    private static final LocatorAssertions.ContainsTextOptions RECONCILED =
            new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);

    @Test
    void aliceBobAndTheAdminFindTheDemoAtWorkWhenTheyFirstSignIn() {
        Page alice = signIn("alice", "alice");
        open(alice, "/");
        assertThat(alice.locator("#workloads-card")).containsText(Pattern.compile("[1-9]\\d* running"), RECONCILED);
        screenshot(alice, "demo-dashboard-alice");

        open(alice, "/namespaces/team-a-shop");
        assertThat(alice.locator("#your-role")).containsText("OWNER");
        assertThat(alice.locator("#zone-shares")).containsText("MHz used of 20,000 MHz");
        assertThat(gridRows(alice.locator("#zone-shares"))).allSatisfy(zone ->
                assertThat(zone.get(1)).as("CPU reserved in " + zone.get(0)).doesNotStartWith("0 MHz"));
        assertThat(visible(alice.locator("#vms vaadin-grid-cell-content"))
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^RUNNING$")))).hasCount(3);
        assertThat(gridRows(alice.locator("#vms"))).extracting(row -> row.get(0), row -> row.get(4).startsWith("esx-"))
                .containsExactly(tuple("postgres-1", true),
                        tuple("storefront-1", true),
                        tuple("storefront-2", true));
        screenshot(alice, "demo-namespace-shop");
        alice.locator("#tab-tkg-clusters").click();
        assertThat(alice.locator("#cluster-status-shop-prod")).containsText("Running: 5/5 nodes", RECONCILED);
        alice.locator("#tab-events").click();
        assertThat(alice.locator("#namespace-events")).containsText("storefront-1");

        open(alice, "/namespaces");
        assertThat(alice.locator("#namespaces")).containsText("team-a-ci");
        assertThat(alice.locator("#my-requests")).containsText("Rejected by admin");
        assertThat(alice.locator("#my-requests")).containsText("Try things out in team-a-ci");

        Page bob = signIn("bob", "bob");
        open(bob, "/namespaces");
        assertThat(bob.locator("#namespaces")).containsText("team-b-analytics");
        assertThat(bob.locator("main.page")).not().containsText("team-a-shop");
        assertThat(bob.locator("#my-requests")).containsText("team-b-staging");
        assertThat(bob.locator("#my-requests")).containsText("waiting for approval");

        Page admin = signIn("admin", "admin");
        open(admin, "/approvals");
        assertThat(admin.locator("#actions-team-b-staging")).isVisible();
        assertThat(admin.locator("#pending-quota-requests")).containsText("CPU24,000 MHz → 36,000 MHz");
        assertThat(admin.locator("#quota-actions-team-a-ci")).isVisible();
        screenshot(admin, "demo-approvals");
        open(admin, "/hosts");
        assertThat(admin.locator("#host-state-esx-c-04")).hasText("MAINTENANCE");
        assertThat(admin.locator("#host-workloads-esx-c-04")).hasText("No workloads");
        assertThat(admin.locator("#zone-zone-b .host-workload")
                .filter(new Locator.FilterOptions().setHasText("team-b-analytics/"))).not().hasCount(0);
        open(admin, "/audit");
        for (String done : List.of("NAMESPACE_REJECTED", "HOST_MAINTENANCE_ENTERED", "TKG_CLUSTER_CREATED",
                "QUOTA_REQUESTED")) {
            assertThat(admin.locator("#audit-entries")).containsText(done);
        }
    }
}
