package dev.supervisorportal.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accessible to everyone: every main page, as the sign-in page shows it to anyone, as alice sees her namespace with a
 * VM in it (its dialogs, a namespace she holds no role in, a page only admins may see) and as the admin sees the
 * Supervisor (a host's events), passes axe-core's WCAG 2.1 A/AA rules, in English and German, in the light and the dark
 * theme (English in the light one, German in the dark one). A failure lists every violation of every page at once.
 */
class AccessibilityStoryIT extends BrowserStory {

    private static final String NAMESPACE = "team-a-axe";
    private static final String PAGE = "/namespaces/" + NAMESPACE;
    private static final List<String> ALICES_PAGES = List.of("/", "/namespaces", "/namespaces/request", PAGE,
            PAGE + "?tab=tkg-clusters", PAGE + "?tab=pods", PAGE + "?tab=quota-requests", PAGE + "?tab=permissions",
            PAGE + "?tab=events", PAGE + "/vms/new", PAGE + "/tkg-clusters/new", PAGE + "/pods/new", PAGE + "/import",
            PAGE + "/quota/request", "/namespaces/team-a-none", "/approvals");
    private static final List<String> ADMINS_PAGES = List.of("/", "/namespaces", "/approvals", "/hosts", "/audit",
            "/sign-in-locks");
    /** Buttons of those pages that open a dialog, by the page: alice's VM's YAML and explanation, a host's events. */
    private static final Map<String, List<String>> DIALOGS = Map.of(PAGE, List.of("#yaml-vm-axe-1", "#explain-vm-axe-1"),
            "/hosts", List.of("#host-events-esx-a-01"));
    private static boolean namespaceReady;

    @ParameterizedTest(name = "{0}, {1} theme")
    // Each language and each theme once: axe-core's contrast rules depend on the theme, the texts on the language.
    @CsvSource({"en-GB, light", "de-DE, dark"})
    void everyMainPagePassesAxeCoresWcag21AaRules(String language, String theme) {
        aliceHasANamespaceWithAVm();
        List<String> violations = new ArrayList<>();

        Page anyone = newBrowser(language);
        anyone.navigate(portal.url("/login"));
        assertThat(anyone.locator("vaadin-login-form")).isVisible();
        if (theme.equals("dark")) {
            // The sign-in page has no toggle: it follows the choice this browser made before.
            anyone.context().addCookies(List.of(new Cookie("portal-theme", "dark")
                    .setUrl(portal.url("/"))));
            anyone.reload();
            assertThat(anyone.locator("html")).hasAttribute("theme", "dark");
        }
        violations.add(AccessibilityCheck.violations(anyone, "the sign-in page"));

        for (String user : List.of("alice", "admin")) {
            Page page = signIn(user, user, language);
            if (theme.equals("dark")) {
                page.locator("#theme-toggle").click();
                assertThat(page.locator("html")).hasAttribute("theme", "dark");
            }
            for (String path : user.equals("alice") ? ALICES_PAGES : ADMINS_PAGES) {
                open(page, path);
                assertThat(page.locator("main.page, .message-page").first()).isVisible();
                violations.add(AccessibilityCheck.violations(page, user + "'s " + path));
                for (String button : DIALOGS.getOrDefault(path, List.of())) {
                    page.locator(button).click();
                    assertThat(page.locator("vaadin-dialog[opened]:not([opening])")).hasCount(1);
                    violations.add(AccessibilityCheck.violations(page, user + "'s " + path + " after " + button));
                    page.keyboard().press("Escape");
                    assertThat(page.locator("vaadin-dialog[opened]")).hasCount(0);
                }
            }
        }

        assertThat(violations.stream().filter(found -> !found.isEmpty()).toList())
                .as("axe-core's WCAG 2.1 A/AA violations in %s, %s theme", language, theme).isEmpty();
    }

    /** Once per run: alice's namespace, approved, with a VM, so its tabs and grids show rows. */
    private void aliceHasANamespaceWithAVm() {
        if (namespaceReady) {
            return;
        }
        Page alice = signIn("alice", "alice");
        approvedNamespace(alice, NAMESPACE);
        open(alice, PAGE + "/vms/new");
        fillInVm(alice, "axe-1", "best-effort-small", "20", null);
        alice.locator("#create-vm-submit").click();
        assertThat(alice).hasURL(portal.url(PAGE + "?tab=vms"));
        namespaceReady = true;
    }
}
