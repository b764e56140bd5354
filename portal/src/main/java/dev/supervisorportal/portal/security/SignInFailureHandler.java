package dev.supervisorportal.portal.security;

import dev.supervisorportal.backend.signin.SignInLockedException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

import java.io.IOException;

/**
 * Back to the sign-in page after a failed sign-in: {@code ?error} for a wrong user name or password (which never says
 * which of the two), {@code ?locked=<seconds>} while the sign-in throttle holds the account or address.
 */
class SignInFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    static final String LOCKED = "locked";

    SignInFailureHandler() {
        super("/" + LoginView.ROUTE + "?error");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException, ServletException {
        if (exception instanceof SignInLockedException locked) {
            getRedirectStrategy().sendRedirect(request, response,
                    "/" + LoginView.ROUTE + "?" + LOCKED + "=" + locked.retryAfterSeconds());
            return;
        }
        super.onAuthenticationFailure(request, response, exception);
    }
}
