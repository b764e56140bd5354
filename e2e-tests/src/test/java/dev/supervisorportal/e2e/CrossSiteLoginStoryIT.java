package dev.supervisorportal.e2e;

import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Login CSRF in a real browser: alice has the portal open; a page on another site posts the portal's sign-in form
 * with bob's password, to have her work in bob's account. The portal refuses it and signs nobody in, and its sign-in
 * page says why; alice then signs in as herself through the form as always.
 */
class CrossSiteLoginStoryIT extends BrowserStory {

    private HttpServer attackerSite;

    @BeforeEach
    void startAttackerSite() throws IOException {
        // 127.0.0.1 is another site than the portal's localhost: the browser treats the form as cross-site.
        attackerSite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        attackerSite.createContext("/", exchange -> {
            byte[] page = """
                    <!doctype html><html><body>
                    <h1>You won a prize!</h1>
                    <form id="forged" method="post" action="%s">
                      <input name="username" value="bob"><input name="password" value="bob">
                    </form>
                    <script>document.getElementById('forged').submit();</script>
                    </body></html>""".formatted(portal.url("/login")).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        attackerSite.start();
    }

    @AfterEach
    void stopAttackerSite() {
        attackerSite.stop(0);
    }

    @Test
    void aSignInPostedFromAnotherSiteSignsNobodyIn() {
        Page alice = newBrowser("en-GB");
        open(alice, "/login");

        alice.navigate("http://127.0.0.1:" + attackerSite.getAddress().getPort() + "/");
        assertThat(alice).hasURL(portal.url("/login?expired"));
        assertThat(alice.locator("vaadin-login-form")).containsText("The sign-in page had expired");
        screenshot(alice, "login-expired");

        open(alice, "/namespaces");
        assertThat(alice).hasURL(portal.url("/login"));
        assertThat(alice.locator("#signed-in-user")).hasCount(0);

        alice.locator("vaadin-login-form input[name=username]").fill("alice");
        alice.locator("vaadin-login-form input[name=password]").fill("alice");
        alice.locator("vaadin-login-form vaadin-button").first().click();
        assertThat(alice.locator("#signed-in-user")).hasText("alice");
    }
}
