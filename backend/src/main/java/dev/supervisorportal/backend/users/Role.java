package dev.supervisorportal.backend.users;

/** A user's role in the portal. Spring Security sees it as the authority {@code ROLE_<name>}. */
public enum Role {
    /** vSphere administrator: decides on requests, manages hosts, sees everything. */
    ADMIN,
    /** DevOps engineer: requests namespaces and runs workloads in them. */
    DEVOPS;

    public String authority() {
        return "ROLE_" + name();
    }
}
