package dev.supervisorportal.backend.signin;

/** What failed sign-ins are counted for: the account name that was tried, or the client address it came from. */
public enum SignInKeyKind {
    ACCOUNT,
    ADDRESS
}
