package dev.supervisorportal.backend.signin;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.stream.IntStream;

import static dev.supervisorportal.backend.signin.SignInKeyKind.ACCOUNT;
import static dev.supervisorportal.backend.signin.SignInKeyKind.ADDRESS;
import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleSettingsTest {

    private final SignInThrottleSettings settings = SignInThrottleSettings.defaults();

    @Test
    void anAccountWaitsOneTwoFourEightSecondsThenIsLockedForAMinuteDoublingUpToFifteen() {
        assertThat(IntStream.rangeClosed(1, 10).mapToObj(failures -> settings.waitAfter(ACCOUNT, failures)))
                .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                        Duration.ofSeconds(8), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                        Duration.ofMinutes(8), Duration.ofMinutes(15), Duration.ofMinutes(15));
        assertThat(settings.waitAfter(ACCOUNT, 1_000)).isEqualTo(Duration.ofMinutes(15));
        assertThat(IntStream.rangeClosed(1, 6).mapToObj(failures -> settings.locks(ACCOUNT, failures)))
                .containsExactly(false, false, false, false, true, true);
    }

    @Test
    void anAddressFailsFifteenTimesFreelyThenWaitsThenIsLockedAtTwenty() {
        assertThat(IntStream.rangeClosed(1, 15).mapToObj(failures -> settings.waitAfter(ADDRESS, failures)))
                .containsOnly(Duration.ZERO);
        assertThat(IntStream.rangeClosed(16, 21).mapToObj(failures -> settings.waitAfter(ADDRESS, failures)))
                .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                        Duration.ofSeconds(8), Duration.ofMinutes(1), Duration.ofMinutes(2));
        assertThat(settings.locks(ADDRESS, 19)).isFalse();
        assertThat(settings.locks(ADDRESS, 20)).isTrue();
    }

    @Test
    void aLowThresholdDelaysFromTheFirstFailure() {
        var strict = new SignInThrottleSettings(Duration.ofSeconds(2), 4, 3, null, Duration.ofMinutes(5),
                Duration.ofMinutes(20), null);
        assertThat(IntStream.rangeClosed(1, 6).mapToObj(failures -> strict.waitAfter(ACCOUNT, failures)))
                .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofMinutes(5),
                        Duration.ofMinutes(10), Duration.ofMinutes(20), Duration.ofMinutes(20));
    }
}
