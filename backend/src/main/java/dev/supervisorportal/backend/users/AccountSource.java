package dev.supervisorportal.backend.users;

/** Where an account's identity and password live. */
public enum AccountSource {
    /** The portal's own account table, with a bcrypt hash: the demo and small installs. */
    LOCAL,
    /** An LDAP directory or Active Directory; the portal stores no password. */
    LDAP,
    /** An OpenID Connect identity provider; the portal stores no password. */
    OIDC
}
