package dev.supervisorportal.portal.security;

import dev.supervisorportal.backend.signin.SignInKeyKind;
import dev.supervisorportal.backend.signin.SignInLockedException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** After a failed sign-in the form comes back saying either "wrong user name or password" or when to try again. */
class SignInFailureHandlerTest {

    @Test
    void aWrongPasswordGetsTheGenericError() throws Exception {
        assertThat(redirectAfter(new BadCredentialsException("Bad credentials"))).isEqualTo("/login?error");
    }

    @Test
    void aLockSaysInHowManySeconds() throws Exception {
        Instant now = Instant.parse("2026-01-01T10:00:00Z");
        var locked = new SignInLockedException(SignInKeyKind.ACCOUNT, now, now.plusSeconds(60));
        assertThat(redirectAfter(locked)).isEqualTo("/login?locked=60");
    }

    private static String redirectAfter(AuthenticationException failure) throws Exception {
        var request = new MockHttpServletRequest("POST", "/login");
        var response = new MockHttpServletResponse();
        new SignInFailureHandler().onAuthenticationFailure(request, response, failure);
        return response.getRedirectedUrl();
    }
}
