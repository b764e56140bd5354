package dev.supervisorportal.backend.namespaces;

/** What a user or team may do in a namespace; each role includes the ones before it. */
public enum PermissionRole {
    /** Sees the namespace and what runs in it. */
    VIEW,
    /** Also creates and deletes workloads and asks for more quota. */
    EDIT,
    /** Also manages the namespace's permissions. */
    OWNER
}
