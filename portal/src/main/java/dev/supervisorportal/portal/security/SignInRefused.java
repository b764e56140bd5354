package dev.supervisorportal.portal.security;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.common.Refusal;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;

/**
 * The provider vouched for someone the portal will not sign in (a name of another account's source, no user name in
 * the token). An authentication failure, so that Spring Security sends the browser to the sign-in page, which shows
 * the reason in the reader's language.
 */
class SignInRefused extends OAuth2AuthenticationException implements Refusal {

    private final Msg reason;

    SignInRefused(Msg reason) {
        super(new OAuth2Error(OAuth2ErrorCodes.ACCESS_DENIED), reason.english());
        this.reason = reason;
    }

    @Override
    public Msg reason() {
        return reason;
    }
}
