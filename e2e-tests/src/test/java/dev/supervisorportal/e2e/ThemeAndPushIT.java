package dev.supervisorportal.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6's light and dark theme, and the pages that update themselves by server push: an admin switches to dark,
 * the choice outlasts a reload and a new sign-in in the same browser, and back to light. Then alice creates a VM in
 * her namespace and the admin's open Hosts page shows it placed and running, with no reload and no polling: the page
 * holds a push WebSocket and sends no request while idle.
 */
class ThemeAndPushIT extends BrowserStory {

    private static final String NAMESPACE = "team-push";

    @Test
    void theThemeSwitchesToDarkAndBackAndOutlastsAReloadAndANewSignIn() {
        Page admin = signIn("admin", "admin");
        open(admin, "/");
        Locator html = admin.locator("html");
        Locator toggle = admin.locator("#theme-toggle");
        assertThat(html).not().hasAttribute("theme", "dark");
        assertThat(toggle).hasAttribute("aria-label", "Switch to dark theme");

        toggle.click();
        assertThat(html).hasAttribute("theme", "dark");
        assertThat(toggle).hasAttribute("aria-label", "Switch to light theme");
        assertThat(admin.locator("#health-summary")).isVisible();
        screenshot(admin, "dashboard-dark");
        open(admin, "/hosts");
        assertThat(admin.locator("#zones .host-card").first()).isVisible();
        screenshot(admin, "hosts-dark");

        admin.reload();
        assertThat(admin.locator("#signed-in-user")).hasText("admin");
        assertThat(html).hasAttribute("theme", "dark");
        assertThat(toggle).hasAttribute("aria-label", "Switch to light theme");

        admin.getByText("Sign out").click();
        assertThat(admin.locator("vaadin-login-form")).isVisible();
        assertThat(html).hasAttribute("theme", "dark");
        admin.locator("vaadin-login-form input[name=username]").fill("admin");
        admin.locator("vaadin-login-form input[name=password]").fill("admin");
        admin.locator("vaadin-login-form vaadin-button").first().click();
        assertThat(admin.locator("#signed-in-user")).hasText("admin");
        assertThat(html).hasAttribute("theme", "dark");

        toggle.click();
        assertThat(html).not().hasAttribute("theme", "dark");
        assertThat(toggle).hasAttribute("aria-label", "Switch to dark theme");
        admin.reload();
        assertThat(admin.locator("#signed-in-user")).hasText("admin");
        assertThat(html).not().hasAttribute("theme", "dark");
    }

    @Test
    void aVmAliceCreatesAppearsOnTheAdminsHostsPageByPushWithoutReloadOrPolling() {
        Page alice = signIn("alice", "alice");
        Page admin = approvedNamespace(alice, NAMESPACE);

        List<String> webSockets = new CopyOnWriteArrayList<>();
        AtomicInteger uidlRequests = new AtomicInteger();
        admin.onWebSocket(socket -> webSockets.add(socket.url()));
        admin.onRequest(request -> {
            if (request.url().contains("v-r=uidl")) {
                uidlRequests.incrementAndGet();
            }
        });
        open(admin, "/hosts");
        assertThat(admin.locator("#zones .host-card").first()).isVisible();
        admin.waitForTimeout(1_000);

        uidlRequests.set(0);
        admin.waitForTimeout(6_000);
        assertThat(uidlRequests.get()).as("requests of the idle Hosts page (polling every 2 s would send 3)").isZero();
        assertThat(webSockets).as("the page's push connection").anyMatch(url -> url.contains("/VAADIN/push"));

        open(alice, "/namespaces/" + NAMESPACE + "/vms/new");
        fillInVm(alice, "push-1", "best-effort-small", "20", "zone-b");
        alice.locator("#create-vm-submit").click();
        assertThat(alice).hasURL(portal.url("/namespaces/" + NAMESPACE + "?tab=vms"));

        Locator onAHost = admin.locator("#zone-zone-b .host-workload")
                .filter(new Locator.FilterOptions().setHasText(NAMESPACE + "/push-1"));
        assertThat(onAHost).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(20_000));
        assertThat(onAHost).containsText("RUNNING", new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
        assertThat(webSockets).hasSize(1);
    }
}
