package dev.supervisorportal.e2e;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Login CSRF, over HTTP: a sign-in is taken only with the token of the login page the portal showed to this session.
 * Without it, with a forged one, or posted from another site, nobody is signed in and the form says the page had
 * expired. The real form's way (page, then POST with its token) keeps working.
 */
class LoginCsrfIT {

    private final RunningPortal portal = RunningPortal.get();

    @Test
    void aSignInWithoutTheSessionsTokenSignsNobodyIn() {
        PortalHttp attacker = new PortalHttp(portal);
        HttpResponse<String> refused = attacker.postLogin(Map.of("username", "alice", "password", "alice"), Map.of());

        assertRefused(refused);
        assertThat(attacker.signedIn()).isFalse();
    }

    @Test
    void aForgedTokenSignsNobodyIn() {
        PortalHttp browser = new PortalHttp(portal);
        browser.loginPageToken();
        HttpResponse<String> refused = browser.postLogin(
                Map.of("username", "alice", "password", "alice", "_csrf", "forged-token"), Map.of());

        assertRefused(refused);
        assertThat(browser.signedIn()).isFalse();
    }

    @Test
    void aTokenOfAnotherSessionSignsNobodyIn() {
        String attackersToken = new PortalHttp(portal).loginPageToken();
        PortalHttp victim = new PortalHttp(portal);
        victim.loginPageToken();
        HttpResponse<String> refused = victim.postLogin(
                Map.of("username", "alice", "password", "alice", "_csrf", attackersToken), Map.of());

        assertRefused(refused);
        assertThat(victim.signedIn()).isFalse();
    }

    @Test
    void aCrossSitePostWithoutTheSessionCookieSignsNobodyIn() {
        // What a form on another site sends: its Origin, and no session cookie (SameSite=Lax keeps it from a POST).
        PortalHttp otherSite = new PortalHttp(portal);
        HttpResponse<String> refused = otherSite.postLogin(Map.of("username", "alice", "password", "alice"),
                Map.of("Origin", "http://attacker.example", "Referer", "http://attacker.example/"));

        assertRefused(refused);
        assertThat(otherSite.signedIn()).isFalse();
    }

    @Test
    void theLoginFormsOwnWayStillSignsIn() {
        PortalHttp browser = new PortalHttp(portal);
        HttpResponse<String> signedIn = browser.signIn("alice", "alice");

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("/login"));
        assertThat(browser.signedIn()).isTrue();
    }

    private static void assertRefused(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?expired"));
    }
}
