package dev.supervisorportal.backend.reconcile;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The reconcile jobs' settings ({@code portal.reconcile.*}).
 *
 * @param interval  how often each zone's cycle runs
 * @param keepRuns  how many recent runs are kept per zone
 */
@ConfigurationProperties("portal.reconcile")
public record ReconcileSettings(Duration interval, Integer keepRuns) {

    public ReconcileSettings {
        interval = interval == null ? Duration.ofSeconds(10) : interval;
        keepRuns = keepRuns == null ? 100 : keepRuns;
    }
}
