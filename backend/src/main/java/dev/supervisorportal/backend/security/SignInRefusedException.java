package dev.supervisorportal.backend.security;

import dev.supervisorportal.backend.common.Msg;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused for a reason the person should read (the directory cannot be reached, the name belongs to another
 * account), rather than the usual "wrong user name or password". The API's 401 says {@link #reason()}.
 */
public class SignInRefusedException extends AuthenticationException {

    private final transient Msg reason;

    public SignInRefusedException(Msg reason, Throwable cause) {
        super(reason.english(), cause);
        this.reason = reason;
    }

    public Msg reason() {
        return reason;
    }
}
