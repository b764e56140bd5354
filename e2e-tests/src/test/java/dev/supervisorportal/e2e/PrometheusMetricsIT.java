package dev.supervisorportal.e2e;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The running portal exports the reconciler's metrics for Prometheus to admins only (HTTP Basic, as a scrape job
 * sends it); health answers anyone, with its parts shown to admins only.
 */
class PrometheusMetricsIT {

    private final RunningPortal portal = RunningPortal.get();
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void theReconcilersMetricsAreExportedToAdmins() throws Exception {
        // The demo's first cycles run within seconds of the start (period 2 s in the e2e portal).
        String body = await("the first reconcile cycles' metrics").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> get("/actuator/prometheus", "admin"), response -> response.statusCode() == 200
                        && response.body().contains("reconcile_placements_total{zone=\"zone-a\"}"))
                .body();
        assertThat(body)
                .contains("reconcile_cycle_duration_seconds_count{zone=\"zone-a\"}")
                .contains("reconcile_placements_total{zone=\"zone-a\"}")
                .contains("reconcile_migrations_total{reason=\"maintenance\",zone=\"zone-b\"}")
                .contains("reconcile_workloads{status=\"RUNNING\",zone=\"zone-c\"}")
                .contains("reconcile_unplaceable{zone=\"zone-a\"}");
    }

    @Test
    void nobodyElseReadsTheMetrics() throws Exception {
        HttpResponse<String> anonymous = get("/actuator/prometheus", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic"));
        assertThat(anonymous.body()).doesNotContain("reconcile_");

        HttpResponse<String> devops = get("/actuator/prometheus", "alice");
        assertThat(devops.statusCode()).isEqualTo(403);
        assertThat(devops.body()).doesNotContain("reconcile_");
        assertThat(get("/actuator/metrics", "alice").statusCode()).isIn(403, 404);
    }

    @Test
    void healthAnswersEveryoneButShowsItsPartsOnlyToAdmins() throws Exception {
        HttpResponse<String> anonymous = get("/actuator/health", null);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).contains("\"status\":\"UP\"").doesNotContain("components").doesNotContain("db");
        assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health", "alice").body()).doesNotContain("components");

        assertThat(get("/actuator/health", "admin").body()).contains("components").contains("\"db\"");
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal.url(path)));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
