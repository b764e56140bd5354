package dev.supervisorportal.e2e;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client of the running portal, as a script or an attacker's page would be: its own cookie jar, no
 * redirects followed, so that each answer can be looked at as the server gave it.
 */
final class PortalHttp {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\">");

    private final RunningPortal portal;
    private final HttpClient client;

    PortalHttp(RunningPortal portal) {
        this.portal = portal;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(portal.url(path))).GET());
    }

    HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal.url(path))).GET();
        headers.forEach(request::header);
        return send(request);
    }

    /** The sign-in form's POST with these fields, as a browser sends it. */
    HttpResponse<String> postLogin(Map<String, String> fields, Map<String, String> headers) {
        String form = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal.url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        headers.forEach(request::header);
        return send(request);
    }

    /** The CSRF token the login page hands out to this client's session, from the page's {@code _csrf} meta tag. */
    String loginPageToken() {
        Matcher token = CSRF_META.matcher(get("/login").body());
        if (!token.find()) {
            throw new AssertionError("The login page carries no _csrf meta tag");
        }
        return token.group(1);
    }

    /** Signs in through the login form as a browser does: the page first, then the POST with its token. */
    HttpResponse<String> signIn(String username, String password) {
        String token = loginPageToken();
        return postLogin(Map.of("username", username, "password", password, "_csrf", token), Map.of());
    }

    /** Whether this client's session is signed in: the start page answers instead of sending it to the login. */
    boolean signedIn() {
        return get("/").statusCode() == 200;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("The portal did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
