package dev.supervisorportal.backend.reconcile.internal;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryBackoffTest {

    @Test
    void byDefaultTheWaitsDoubleFromOneSecondUpToOneMinute() {
        RetryBackoff backoff = new RetryBackoff(null, null);

        assertThat(IntStream.rangeClosed(1, 9).mapToObj(backoff::delayAfter).map(Duration::toSeconds))
                .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
    }

    @Test
    void theFirstWaitAndTheCapAreSettingsAndManyFailuresDoNotOverflow() {
        RetryBackoff backoff = new RetryBackoff(Duration.ofMillis(250), Duration.ofSeconds(5));

        assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofMillis(250));
        assertThat(backoff.delayAfter(3)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.delayAfter(5)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.delayAfter(6)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aCapBelowTheFirstWaitOrNoWaitAtAllIsRefused() {
        assertThatThrownBy(() -> new RetryBackoff(Duration.ofSeconds(10), Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max-delay");
        assertThatThrownBy(() -> new RetryBackoff(Duration.ZERO, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("first-delay");
    }
}
