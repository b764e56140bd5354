package dev.supervisorportal.e2e;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser protections on every kind of answer the portal gives: the login page, a view of a signed-in user and an
 * API answer; and HSTS with a Secure cookie when a TLS proxy says the request came in over HTTPS.
 */
class SecurityHeadersIT {

    private final RunningPortal portal = RunningPortal.get();

    @Test
    void theLoginPageCarriesEveryHeaderAndASameSiteSessionCookie() {
        HttpResponse<String> login = new PortalHttp(portal).get("/login");

        assertThat(login.statusCode()).isEqualTo(200);
        assertBrowserProtections(login);
        assertThat(sessionCookie(login)).contains("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .doesNotContain("Secure");
        assertThat(login.headers().firstValue("Strict-Transport-Security")).as("not over plain HTTP").isEmpty();
    }

    @Test
    void aViewOfASignedInUserCarriesEveryHeader() {
        PortalHttp alice = new PortalHttp(portal);
        alice.signIn("alice", "alice");
        HttpResponse<String> namespaces = alice.get("/namespaces");

        assertThat(namespaces.statusCode()).isEqualTo(200);
        assertBrowserProtections(namespaces);
    }

    @Test
    void anApiAnswerCarriesEveryHeader() throws Exception {
        HttpResponse<String> supervisor = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(portal.url("/api/v1/supervisor")))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "alice:alice".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(supervisor.statusCode()).isEqualTo(200);
        assertBrowserProtections(supervisor);
        assertThat(supervisor.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("no-store"));
    }

    @Test
    void behindATlsProxyTheCookieIsSecureAndHstsIsSent() {
        // The proxy on this machine (an internal address, so Tomcat believes it) forwards an HTTPS request.
        HttpResponse<String> login = new PortalHttp(portal).get("/login",
                Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7"));

        assertThat(login.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                value -> assertThat(value).contains("max-age=31536000").contains("includeSubDomains"));
        assertThat(sessionCookie(login)).contains("Secure").contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertBrowserProtections(login);
    }

    private static void assertBrowserProtections(HttpResponse<String> response) {
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'").contains("object-src 'none'").contains("frame-ancestors 'none'")
                .contains("form-action 'self'").contains("base-uri 'self'"));
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).isIn("same-origin", "no-referrer"));
        assertThat(headers.firstValue("Permissions-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("camera=()").contains("microphone=()").contains("geolocation=()"));
        assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
    }

    private static String sessionCookie(HttpResponse<String> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("No session cookie in " + cookies));
    }
}
