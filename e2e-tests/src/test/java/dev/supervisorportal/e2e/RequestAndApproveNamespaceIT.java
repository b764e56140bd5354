package dev.supervisorportal.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The skeleton's story: alice requests a namespace, admin approves it, alice sees its limits split over the three
 * zones, bob can neither see nor open it, and the admin reads it all in the audit log. And a rejection, with its reason
 * for alice (approving with adjusted limits is in {@link AdminStoryIT}).
 */
class RequestAndApproveNamespaceIT extends BrowserStory {

    @Test
    void aliceRequestsAdminApprovesAliceSeesTheZoneSharesAndBobIsKeptOut() {
        Page login = browser.newPage();
        login.navigate(portal.url("/login"));
        assertThat(login.locator("#demo-accounts")).containsText("alice / alice");
        screenshot(login, "login");
        login.close();

        Page alice = signIn("alice", "alice");
        screenshot(alice, "02-dashboard-alice");

        open(alice, "/namespaces/request");
        alice.locator("#namespace-name input").fill("Team_A");
        alice.locator("#cpu-limit input").fill("0");
        alice.locator("#send-request").click();
        assertThat(alice.locator("#namespace-name"))
                .containsText("Use only lower-case letters, digits and '-'; 'T' is not allowed.");
        assertThat(alice.locator("#cpu-limit")).containsText("Enter at least 1 MHz.");
        assertThat(alice.locator("#justification")).containsText("Enter what the namespace is for.");
        screenshot(alice, "03-request-refused-at-the-fields");
        open(alice, "/namespaces");
        // The other story may have given alice namespaces on this shared portal: the refused request is just absent.
        assertThat(alice.locator("main.page")).not().containsText("Team_A");
        assertThat(alice.locator("main.page")).not().containsText("team-a-dev");

        fillInRequest(alice, "team-a-dev", "3001", "8192", "100", "CI runners and a staging TKG cluster for team-a");
        screenshot(alice, "04-request-filled-in");
        alice.locator("#send-request").click();
        assertThat(alice).hasURL(portal.url("/namespaces"));
        assertThat(alice.locator("#my-requests")).containsText("team-a-dev");
        assertThat(alice.locator("#my-requests")).containsText("waiting for approval");
        screenshot(alice, "05-request-waiting");

        Page admin = signIn("admin", "admin");
        open(admin, "/approvals");
        Locator actions = admin.locator("#actions-team-a-dev");
        assertThat(admin.locator("#pending-requests")).containsText("CI runners and a staging TKG cluster");
        screenshot(admin, "06-approval-queue");
        actions.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Approve")).click();
        assertThat(visible(actions)).hasCount(0);
        screenshot(admin, "07-approved");

        open(alice, "/namespaces");
        assertThat(alice.locator("#namespaces")).containsText("team-a-dev");
        alice.locator("#namespaces").getByText("team-a-dev").click();
        assertThat(alice).hasURL(portal.url("/namespaces/team-a-dev"));
        Locator shares = alice.locator("#zone-shares");
        assertThat(shares).containsText("zone-a");
        assertThat(shares).containsText("0 MHz used of 1,001 MHz");
        assertThat(alice.locator("#zone-shares vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("of 1,000 MHz"))).hasCount(2);
        assertThat(alice.locator("#your-role")).containsText("OWNER");
        screenshot(alice, "08-namespace-zone-shares");

        Page bob = signIn("bob", "bob");
        open(bob, "/namespaces");
        assertThat(bob.locator("main.page")).isVisible();
        assertThat(bob.locator("body")).not().containsText("team-a-dev");
        // Another team's namespace shows the page a missing one shows: bob cannot tell that team-a-dev exists.
        open(bob, "/namespaces/team-a-dev");
        assertThat(bob.locator("#not-found")).containsText("No namespace named team-a-dev.");
        assertThat(bob.locator("#zone-shares")).hasCount(0);
        String hidden = bob.locator("#not-found").innerText();
        open(bob, "/namespaces/team-a-nope");
        assertThat(bob.locator("#not-found")).containsText("No namespace named team-a-nope.");
        assertThat(bob.locator("#not-found").innerText().replace("team-a-nope", "team-a-dev")).isEqualTo(hidden);
        open(bob, "/namespaces/team-a-dev/vms/new");
        assertThat(bob.locator("#not-found")).containsText("No namespace named team-a-dev.");
        screenshot(bob, "09-bob-not-found");
        open(bob, "/approvals");
        assertThat(bob.locator("#access-denied")).isVisible();
        assertThat(bob.locator("#pending-requests")).hasCount(0);

        open(admin, "/audit");
        Locator audit = admin.locator("#audit-entries");
        assertThat(audit).containsText("NAMESPACE_REQUESTED");
        assertThat(audit).containsText("NAMESPACE_APPROVED");
        assertThat(audit).containsText("namespace-request team-a-dev");
        screenshot(admin, "audit-log");
    }

    @Test
    void adminRejectsWithAReasonThatAliceReads() {
        Page alice = signIn("alice", "alice");
        request(alice, "team-a-tmp", "1000");

        Page admin = signIn("admin", "admin");
        open(admin, "/approvals");
        admin.locator("#actions-team-a-tmp vaadin-button").filter(new Locator.FilterOptions().setHasText("Reject").setVisible(true)).click();
        admin.locator("#confirm-reject").click();
        assertThat(admin.locator("#reject-reason")).containsText("Enter the reason for the rejection.");
        admin.locator("#reject-reason textarea").fill("Use team-a-dev for short-lived tests");
        screenshot(admin, "12-reject-with-reason");
        admin.locator("#confirm-reject").click();
        assertThat(visible(admin.locator("#actions-team-a-tmp"))).hasCount(0);

        open(alice, "/namespaces");
        Locator mine = alice.locator("#my-requests");
        assertThat(mine).containsText("Rejected by admin");
        assertThat(mine).containsText("Use team-a-dev for short-lived tests");
        screenshot(alice, "13-decision-seen-by-alice");
    }

    private void request(Page page, String name, String cpuMhz) {
        fillInRequest(page, name, cpuMhz, "4096", "50", "Experiments");
        page.locator("#send-request").click();
        assertThat(page).hasURL(portal.url("/namespaces"));
    }
}
