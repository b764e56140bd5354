package dev.supervisorportal.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The demo with the profile ldap-demo: its people sign in through the login form against the demo directory, with
 * the role and team its groups give them, and no local account exists for them.
 */
class DirectorySignInStoryIT extends BrowserStory {

    @BeforeAll
    static void startBrowser() {
        startBrowser(RunningPortal.withDemoDirectory());
    }

    @Test
    void carolWhoIsOnlyInTheDirectorySignsInByTheFormAndIsADevOpsEngineer() {
        Page admin = signIn("admin", "admin");
        open(admin, "/audit");
        assertThat(admin.locator("#audit-entries")).isVisible();

        Page carol = signIn("carol", "carol");
        open(carol, "/audit");
        assertThat(carol.locator("#signed-in-user")).hasText("carol");
        // The audit log is for admins.
        assertThat(carol.locator("#audit-entries")).hasCount(0);
    }

    @Test
    void aWrongDirectoryPasswordKeepsTheFormWithItsError() {
        Page page = newBrowser("en-GB");
        page.navigate(portal.url("/login"));
        page.locator("vaadin-login-form input[name=username]").fill("alice");
        page.locator("vaadin-login-form input[name=password]").fill("bob");
        page.locator("vaadin-login-form vaadin-button").first().click();
        assertThat(page).hasURL(portal.url("/login?error"));
        assertThat(page.locator("#signed-in-user")).hasCount(0);
    }
}
