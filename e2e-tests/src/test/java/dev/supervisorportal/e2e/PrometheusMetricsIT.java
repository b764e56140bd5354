package dev.supervisorportal.e2e;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The running portal exports the reconciler's metrics for Prometheus, without a login. */
class PrometheusMetricsIT {

    @Test
    void theReconcilersMetricsAreExportedForPrometheus() throws Exception {
        RunningPortal portal = RunningPortal.get();
        HttpClient client = HttpClient.newHttpClient();
        String body = "";
        long deadline = System.nanoTime() + 30_000_000_000L;
        // The demo's first cycles run within seconds of the start (period 2 s in the e2e portal).
        while (!body.contains("reconcile_placements_total{zone=\"zone-a\"}") && System.nanoTime() < deadline) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(portal.url("/actuator/prometheus")))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            body = response.body();
            Thread.sleep(500);
        }
        assertThat(body)
                .contains("reconcile_cycle_duration_seconds_count{zone=\"zone-a\"}")
                .contains("reconcile_placements_total{zone=\"zone-a\"}")
                .contains("reconcile_migrations_total{reason=\"maintenance\",zone=\"zone-b\"}")
                .contains("reconcile_workloads{status=\"RUNNING\",zone=\"zone-c\"}")
                .contains("reconcile_unplaceable{zone=\"zone-a\"}");
    }
}
