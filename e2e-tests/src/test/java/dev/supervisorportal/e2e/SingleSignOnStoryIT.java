package dev.supervisorportal.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on through a real OpenID Connect provider ({@link IdentityProvider}) and two portals of their own whose
 * client registration points at it (the profile {@code oidc}): one offers the password form beside the button, the
 * other has the portal's own accounts switched off. The provider's groups decide role and team at each sign-in; a
 * person the portal will not sign in comes back to the sign-in page with the reason, in their language.
 */
class SingleSignOnStoryIT extends BrowserStory {

    private static final String BUTTON = "Sign in with Corporate SSO";
    private static final List<RunningPortal> STARTED = new CopyOnWriteArrayList<>();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static IdentityProvider provider;
    static RunningPortal withPasswords;
    static RunningPortal providerOnly;

    @BeforeAll
    static void startProviderAndPortals() {
        int first = RunningPortal.freePort();
        int second = RunningPortal.freePort();
        provider = IdentityProvider.start(List.of(redirectUri(first), redirectUri(second)));
        // Both at once; on the shared 2-core build machine two starting together took up to 3 minutes each.
        var passwords = CompletableFuture.supplyAsync(() -> started(first, "portal-sso", List.of()));
        var only = CompletableFuture.supplyAsync(() -> started(second, "portal-sso-only",
                List.of("--portal.local-accounts.enabled=false")));
        withPasswords = passwords.join();
        providerOnly = only.join();
    }

    @AfterAll
    static void stopProviderAndPortals() {
        STARTED.forEach(RunningPortal::stop);
        if (provider != null) {
            provider.stop();
        }
    }

    private static RunningPortal started(int port, String name, List<String> more) {
        var arguments = new ArrayList<>(List.of("--spring.profiles.include=oidc",
                "--PORTAL_OIDC_ISSUER_URI=" + provider.issuer(),
                "--PORTAL_OIDC_CLIENT_ID=" + IdentityProvider.CLIENT_ID,
                "--PORTAL_OIDC_CLIENT_SECRET=" + IdentityProvider.CLIENT_SECRET,
                "--portal.oidc.display-name=Corporate SSO",
                "--portal.directory.admin-group=portal-admins",
                "--portal.directory.team-groups.devops-a=team-a"));
        arguments.addAll(more);
        RunningPortal portal = RunningPortal.start(port, name, arguments, Duration.ofMinutes(6));
        STARTED.add(portal);
        return portal;
    }

    private static String redirectUri(int port) {
        return "http://localhost:" + port + "/login/oauth2/code/oidc";
    }

    @Test
    void aPortalWithoutAProviderShowsNoButton() {
        Page page = newBrowser("en-GB");
        page.navigate(portal.url("/login"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        assertThat(page.locator("#sso-sign-in")).hasCount(0);
    }

    @Test
    void carolSignsInAtTheProviderAndHerGroupMakesHerAMemberOfTeamA() throws Exception {
        String namespace = "sso-team-a";
        String request = api(withPasswords, "alice", "POST", "/api/v1/namespace-requests", """
                {"name":"%s","cpuMhz":3000,"memoryMib":4096,"storageGib":10,"justification":"Shared with the team"}"""
                .formatted(namespace), 201).headers().firstValue("Location").orElseThrow();
        api(withPasswords, "admin", "POST", URI.create(request).getPath() + "/approve", null, 200);
        api(withPasswords, "alice", "PUT", "/api/v1/namespaces/" + namespace + "/permissions", """
                {"subjectType":"TEAM","subject":"team-a","role":"VIEW"}""", 200);

        Page carol = newBrowser("en-GB");
        carol.navigate(withPasswords.url("/login"));
        assertThat(carol.locator("vaadin-login-form")).isVisible();
        assertThat(carol.locator("#sso-sign-in")).hasText(BUTTON);
        screenshot(carol, "login-oidc");

        signInAtTheProvider(carol, "carol");
        assertThat(carol.locator("#signed-in-user")).hasText("carol");
        assertThat(carol.locator(".user-role")).hasText("DevOps engineer");
        assertThat(carol.locator("vaadin-side-nav")).not().containsText("Approvals");

        carol.navigate(withPasswords.url("/namespaces"));
        assertThat(carol.locator("main")).containsText(namespace);
        carol.navigate(withPasswords.url("/approvals"));
        assertThat(carol.locator("#access-denied")).isVisible();

        // Signing out ends the portal's session only; the provider's own session signs her in again without a form.
        carol.locator(".user-box vaadin-button").click();
        assertThat(carol.locator("#sso-sign-in")).isVisible();
        assertThat(carol.locator("#signed-in-user")).hasCount(0);
        carol.locator("#sso-sign-in").click();
        assertThat(carol.locator("#signed-in-user")).hasText("carol");
    }

    @Test
    void danaOfTheAdminGroupGetsTheAdminNavigationAndDecides() throws Exception {
        String namespace = "sso-approved-by-dana";
        api(withPasswords, "bob", "POST", "/api/v1/namespace-requests", """
                {"name":"%s","cpuMhz":3000,"memoryMib":4096,"storageGib":10,"justification":"For dana to approve"}"""
                .formatted(namespace), 201);

        Page dana = newBrowser("en-GB");
        dana.navigate(withPasswords.url("/login"));
        signInAtTheProvider(dana, "dana");
        assertThat(dana.locator("#signed-in-user")).hasText("dana");
        assertThat(dana.locator(".user-role")).hasText("Administrator");
        assertThat(dana.locator("vaadin-side-nav")).containsText("Approvals");

        dana.navigate(withPasswords.url("/approvals"));
        dana.locator("#actions-" + namespace + " vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Approve")).click();
        assertThat(visible(dana.locator("#actions-" + namespace))).hasCount(0);
        assertThat(api(withPasswords, "bob", "GET", "/api/v1/namespaces/" + namespace, null, 200).body())
                .contains("\"name\":\"" + namespace + "\"");
    }

    @Test
    void aRefusedOrFailedSignInEndsOnTheSignInPageWithTheReasonInTheReadersLanguage() {
        Page alice = newBrowser("de-DE");
        alice.navigate(withPasswords.url("/login"));
        assertThat(alice.locator("#sso-sign-in")).hasText("Mit Corporate SSO anmelden");
        signInAtTheProvider(alice, "alice");
        assertThat(alice).hasURL(withPasswords.url("/login?sso-failed"));
        assertThat(alice.locator("#sso-error")).hasText("Der Name alice gehört zu einem Konto, das sich über LOCAL "
                + "anmeldet; bitten Sie einen Administrator, eines davon umzubenennen.");
        assertThat(alice.locator("#signed-in-user")).hasCount(0);

        Page erin = newBrowser("en-GB");
        erin.navigate(withPasswords.url("/login"));
        signInAtTheProvider(erin, "erin");
        assertThat(erin.locator("#sso-error")).containsText("its token has no claim preferred_username");
        assertThat(erin.locator("#signed-in-user")).hasCount(0);

        // A callback the portal never asked for (no authorization request in this session): the sign-in page, no 500.
        Page forger = newBrowser("en-GB");
        forger.navigate(withPasswords.url("/login/oauth2/code/oidc?code=forged&state=forged"));
        assertThat(forger).hasURL(withPasswords.url("/login?sso-failed"));
        assertThat(forger.locator("#sso-error"))
                .hasText("Single sign-on did not succeed (authorization_request_not_found). Try again, or ask an "
                        + "administrator if it keeps failing.");
    }

    @Test
    void withoutLocalAccountsTheButtonIsAlone() {
        Page page = newBrowser("en-GB");
        page.navigate(providerOnly.url("/login"));
        assertThat(page.locator("#sso-sign-in")).hasText(BUTTON);
        assertThat(page.locator("vaadin-login-form")).hasCount(0);
        assertThat(page.locator("#demo-accounts")).hasCount(0);
        screenshot(page, "login-oidc-only");

        signInAtTheProvider(page, "carol");
        assertThat(page.locator("#signed-in-user")).hasText("carol");
    }

    /** From the portal's sign-in page shown in {@code page}: the button, the provider's own form, back in the portal. */
    private static void signInAtTheProvider(Page page, String name) {
        page.locator("#sso-sign-in").click();
        page.waitForURL(provider.issuer() + "/login");
        page.locator("#username").fill(name);
        page.locator("#password").fill(name);
        page.locator("button[type=submit]").click();
    }

    /** A call of the portal's API as {@code user} (password: the name, as in the demo), answered as expected. */
    private static HttpResponse<String> api(RunningPortal portal, String user, String method, String path, String json,
                              int expectedStatus) throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(portal.url(path)))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expectedStatus);
        return response;
    }
}
