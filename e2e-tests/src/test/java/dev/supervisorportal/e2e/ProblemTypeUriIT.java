package dev.supervisorportal.e2e;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the packaged portal (where Vaadin serves every path it is not told to leave alone), the type of an API refusal
 * resolves, without signing in, to a description of that kind of refusal in the caller's language.
 */
class ProblemTypeUriIT {

    private final RunningPortal portal = RunningPortal.get();

    @Test
    void theTypeOfARefusalResolvesToWhatItMeans() {
        PortalHttp anonymous = new PortalHttp(portal);
        HttpResponse<String> refused = anonymous.get("/api/v1/namespaces");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("\"type\":\"/problems/unauthenticated\"", "\"code\":\"api.sign-in\"");

        HttpResponse<String> described = anonymous.get("/problems/unauthenticated", Map.of("Accept-Language", "de"));

        assertThat(described.statusCode()).as(described.body()).isEqualTo(200);
        assertThat(described.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(described.body()).contains("\"status\":401", "\"title\":\"Nicht angemeldet\"");
    }
}
