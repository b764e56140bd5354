package dev.supervisorportal.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Base of the user stories: Debian's Chromium against the running portal, one browser context per user. */
abstract class BrowserStory {

    static final Path SCREENSHOTS = Paths.get(System.getProperty("screenshots.dir", "target/screenshots"));

    static RunningPortal portal;
    static Playwright playwright;
    static Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();
    /** What the browsers reported as blocked by the portal's Content-Security-Policy during the story. */
    private final List<String> cspViolations = new ArrayList<>();

    @BeforeAll
    static void startBrowser() {
        startBrowser(RunningPortal.get());
    }

    /** A story against another portal declares its own {@code startBrowser()}, which hides the one above. */
    static void startBrowser(RunningPortal against) {
        portal = against;
        // As long as the browser contexts' own timeout: on a busy machine a round trip can take more than 5 s.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("chromium.path", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** Every story also shows that the portal works under its Content-Security-Policy: nothing was blocked. */
    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
        org.assertj.core.api.Assertions.assertThat(cspViolations)
                .as("what the browser blocked under the Content-Security-Policy").isEmpty();
    }

    /** A fresh browser (own cookies) with {@code username} signed in through the login form. */
    Page signIn(String username, String password) {
        return signIn(username, password, "en-GB");
    }

    /** The same, in a browser whose language is {@code browserLanguage} (an IETF tag such as {@code de-DE}). */
    Page signIn(String username, String password, String browserLanguage) {
        Page page = newBrowser(browserLanguage);
        page.navigate(portal.url("/login"));
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot=submit], vaadin-login-form vaadin-button").first().click();
        assertThat(page.locator("#signed-in-user")).hasText(username);
        return page;
    }

    /** A page in a fresh browser (own cookies) whose language is {@code browserLanguage}, signed in as nobody. */
    Page newBrowser(String browserLanguage) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)
                .setLocale(browserLanguage));
        context.setDefaultTimeout(15_000);
        // Chromium reports each blocked script, style or connection as a console error and as a DOM event.
        context.addInitScript("document.addEventListener('securitypolicyviolation', e => console.error("
                + "'CSP violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI))");
        context.onConsoleMessage(message -> {
            if (message.text().startsWith("CSP violation") || message.text().contains("Content Security Policy")) {
                cspViolations.add(message.text());
            }
        });
        contexts.add(context);
        return context.newPage();
    }

    Page open(Page page, String path) {
        page.navigate(portal.url(path));
        page.waitForLoadState();
        return page;
    }

    /** Stories share one portal: each asks for a namespace of its own (36,000 MHz, 98,304 MiB, 600 GiB). */
    void requestNamespace(Page alice, String name) {
        fillInRequest(alice, name, "36000", "98304", "600", "Web shop front end and its TKG cluster");
        alice.locator("#send-request").click();
        assertThat(alice).hasURL(portal.url("/namespaces"));
    }

    /** Opens the namespace request form and fills it in, without sending it. */
    void fillInRequest(Page page, String name, String cpuMhz, String memoryMib, String storageGib,
                       String justification) {
        open(page, "/namespaces/request");
        page.locator("#namespace-name input").fill(name);
        page.locator("#cpu-limit input").fill(cpuMhz);
        page.locator("#memory-limit input").fill(memoryMib);
        page.locator("#storage-limit input").fill(storageGib);
        page.locator("#justification textarea").fill(justification);
    }

    /** An admin approves a namespace request as asked, from the approval queue. */
    void approveNamespace(Page admin, String name) {
        open(admin, "/approvals");
        admin.locator("#actions-" + name + " vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Approve")).click();
        assertThat(visible(admin.locator("#actions-" + name))).hasCount(0);
    }

    /** alice asks for {@code name} and an admin approves it as asked: a namespace to work in. */
    Page approvedNamespace(Page alice, String name) {
        requestNamespace(alice, name);
        Page admin = signIn("admin", "admin");
        approveNamespace(admin, name);
        return admin;
    }

    static void fillInVm(Page page, String name, String vmClass, String diskGib, String zone) {
        page.locator("#vm-name input").fill(name);
        choose(page, "#vm-class", vmClass);
        choose(page, "#vm-image", "ubuntu-22.04-server");
        choose(page, "#vm-storage-policy", "vsan-default-storage-policy");
        page.locator("#vm-disk input").fill(diskGib);
        if (zone != null) {
            choose(page, "#vm-zone", zone);
        }
    }

    /**
     * The TKG form filled in with the demo's release and storage policy: {@code controlPlaneNodes} (1 or 3) and
     * {@code workers} in the first pool, all of {@code vmClass}.
     */
    static void fillInTkgCluster(Page page, String name, int controlPlaneNodes, String vmClass, int workers) {
        page.locator("#tkg-name input").fill(name);
        choose(page, "#tkg-release", "v1.30.1---vmware.1-fips.1-tkg.5");
        page.locator("#tkg-control-plane").getByText(controlPlaneNodes == 1 ? "1 node" : "3 nodes").click();
        choose(page, "#tkg-control-plane-class", vmClass);
        choose(page, "#tkg-storage-policy", "vsan-default-storage-policy");
        page.locator("#pool-0-replicas input").fill(String.valueOf(workers));
        choose(page, "#pool-0-vm-class", vmClass);
    }

    /** Clicks {@code button} in the open confirm dialog. */
    static void confirm(Page page, String button) {
        page.locator("vaadin-confirm-dialog vaadin-button, vaadin-confirm-dialog-overlay vaadin-button")
                .filter(new Locator.FilterOptions().setHasText(button).setVisible(true)).click();
    }

    /**
     * Marks the document shown now, so that {@link #assertNotReloaded} can tell that what the page shows later came
     * by server push, not by a reload or a navigation.
     */
    static void markAsLoaded(Page page) {
        page.evaluate("() => window.storyMark = 'loaded before'");
    }

    static void assertNotReloaded(Page page) {
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.storyMark"))
                .as("the document was not reloaded since markAsLoaded").isEqualTo("loaded before");
    }

    /** Picks the item whose label starts with {@code label} in a combo box or select, as a user would. */
    static void choose(Page page, String fieldSelector, String label) {
        Locator field = page.locator(fieldSelector);
        boolean comboBox = (Boolean) field.evaluate("field => field.localName === 'vaadin-combo-box'");
        if (comboBox) {
            field.locator("input").fill(label);
        } else {
            field.click();
        }
        page.locator(comboBox ? "vaadin-combo-box-item" : "vaadin-select-item")
                .filter(new Locator.FilterOptions().setVisible(true).setHasText(label)).first().click();
    }

    /**
     * The text of a Vaadin grid's rows as shown, cell by cell (header excluded; lines of a cell joined by newlines):
     * the grid's light-DOM cell contents are in no useful order, so this reads them through its shadow DOM's rows.
     */
    @SuppressWarnings("unchecked")
    static List<List<String>> gridRows(Locator grid) {
        return (List<List<String>>) grid.evaluate("""
                grid => Array.from(grid.shadowRoot.querySelectorAll('tbody#items > tr'))
                    .filter(row => !row.hidden)
                    .map(row => Array.from(row.querySelectorAll(':scope > td'))
                        .filter(cell => !cell.hasAttribute('details-cell') && !cell.hidden)
                        .map(cell => {
                            const slot = cell.querySelector('slot');
                            const content = slot && slot.assignedElements()[0];
                            return content ? content.innerText.trim() : '';
                        }))""");
    }

    /** Vaadin's grid keeps the components of replaced rows hidden in the page for a while. */
    static Locator visible(Locator locator) {
        return locator.filter(new Locator.FilterOptions().setVisible(true));
    }

    /**
     * The whole page, also what its view scrolls: the app layout scrolls inside the window, so the window is made as
     * tall as the view for the picture. A picture marks a state the story wants seen, so the page is also checked
     * there against axe-core's WCAG 2.1 A/AA rules (after the picture, which then shows what failed).
     */
    static void screenshot(Page page, String name) {
        var size = page.viewportSize();
        int height = ((Number) page.evaluate("() => Math.max(...Array.from(document.querySelectorAll('main.page, "
                + ".message-page')).map(view => view.getBoundingClientRect().top + view.scrollHeight), 0)")).intValue();
        if (height > size.height) {
            page.setViewportSize(size.width, height + 16);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
        if (height > size.height) {
            page.setViewportSize(size.width, size.height);
        }
        AccessibilityCheck.assertAccessible(page, "the page of screenshot " + name);
    }

    /**
     * The top {@code height} pixels of the page, for the tall pages whose first part is the point (the Hosts page's
     * zone-a, above all other zones and the events); the whole page checked as in {@link #screenshot}.
     */
    static void screenshotOfTop(Page page, String name, int height) {
        var size = page.viewportSize();
        page.setViewportSize(size.width, height);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
        page.setViewportSize(size.width, size.height);
        AccessibilityCheck.assertAccessible(page, "the page of screenshot " + name);
    }

    /** Waits until the notifications shown now are gone (after some seconds), so that they hide nothing in a picture. */
    static void awaitNotificationsGone(Page page) {
        assertThat(page.locator("vaadin-notification-card")).hasCount(0,
                new LocatorAssertions.HasCountOptions().setTimeout(15_000));
    }
}
