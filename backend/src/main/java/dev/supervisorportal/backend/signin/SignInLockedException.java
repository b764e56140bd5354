package dev.supervisorportal.backend.signin;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.common.Refusal;
import org.springframework.security.core.AuthenticationException;

import java.time.Duration;
import java.time.Instant;

/**
 * A sign-in refused without looking at the password: the account name or client address failed too often and may
 * not try again for {@link #retryAfterSeconds()}. It is the same for known and unknown account names.
 */
public class SignInLockedException extends AuthenticationException implements Refusal {

    private final SignInKeyKind kind;
    private final long retryAfterSeconds;

    public SignInLockedException(SignInKeyKind kind, Instant now, Instant until) {
        super("Sign-in locked");
        this.kind = kind;
        // Whole seconds, rounded up: trying again after them is never too early.
        this.retryAfterSeconds = Math.max(1, (Duration.between(now, until).toMillis() + 999) / 1000);
    }

    public SignInKeyKind kind() {
        return kind;
    }

    /** Seconds until the next try may succeed, as an HTTP {@code Retry-After} header says it. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public Msg reason() {
        return Msg.of(kind == SignInKeyKind.ACCOUNT ? "sign-in.locked.account" : "sign-in.locked.address",
                retryAfterSeconds);
    }
}
