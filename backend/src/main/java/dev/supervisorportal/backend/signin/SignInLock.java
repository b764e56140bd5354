package dev.supervisorportal.backend.signin;

import java.time.Instant;

/** An account name or client address that may not sign in before {@code until}, after {@code failures} in a row. */
public record SignInLock(SignInKeyKind kind, String name, int failures, Instant until) {
}
