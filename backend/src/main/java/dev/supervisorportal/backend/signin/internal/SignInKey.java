package dev.supervisorportal.backend.signin.internal;

import dev.supervisorportal.backend.signin.SignInKeyKind;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An account name or a client address, as failures are counted for it. */
@Embeddable
public record SignInKey(@Enumerated(EnumType.STRING) SignInKeyKind kind, String name) {

    /** The column's size: a longer name an attacker sends is cut, so counting never fails on it. */
    private static final int MAX_NAME = 255;

    public SignInKey {
        name = name == null ? "" : name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME);
    }
}
