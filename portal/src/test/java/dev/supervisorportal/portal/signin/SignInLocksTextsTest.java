package dev.supervisorportal.portal.signin;

import dev.supervisorportal.backend.signin.SignInKeyKind;
import dev.supervisorportal.portal.ui.BundleKeys;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class SignInLocksTextsTest {

    @Test
    void everyKindOfLockHasItsWords() {
        assertThat(BundleKeys.missing(Arrays.stream(SignInKeyKind.values())
                .map(kind -> "sign-in-locks.kind." + kind.name().toLowerCase(Locale.ROOT)))).isEmpty();
    }
}
