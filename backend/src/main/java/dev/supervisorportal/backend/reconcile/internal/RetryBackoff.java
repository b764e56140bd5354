package dev.supervisorportal.backend.reconcile.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How long a zone waits for its next cycle after cycles that failed ({@code portal.reconcile.retry.*}): the first
 * failure waits {@code firstDelay}, each further one in a row twice as long, at most {@code maxDelay} (1, 2, 4, … 60 s);
 * a cycle that succeeds starts the count again.
 *
 * @param firstDelay the wait after the first failed cycle
 * @param maxDelay   the longest wait
 */
@ConfigurationProperties("portal.reconcile.retry")
public record RetryBackoff(Duration firstDelay, Duration maxDelay) {

    /** Beyond this many doublings every wait is at its longest anyway; it keeps the arithmetic from overflowing. */
    private static final int MAX_DOUBLINGS = 30;

    public RetryBackoff {
        firstDelay = firstDelay == null ? Duration.ofSeconds(1) : firstDelay;
        maxDelay = maxDelay == null ? Duration.ofSeconds(60) : maxDelay;
        if (!firstDelay.isPositive() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("portal.reconcile.retry: first-delay must be positive and max-delay "
                    + "at least first-delay, not " + firstDelay + " and " + maxDelay);
        }
    }

    /** How long to wait after the {@code failures}-th failed cycle in a row (1 or more). */
    public Duration delayAfter(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("at least one failure, not " + failures);
        }
        Duration doubled = firstDelay.multipliedBy(1L << Math.min(failures - 1, MAX_DOUBLINGS));
        return doubled.compareTo(maxDelay) > 0 ? maxDelay : doubled;
    }
}
