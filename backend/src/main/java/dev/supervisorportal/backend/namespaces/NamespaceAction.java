package dev.supervisorportal.backend.namespaces;

/**
 * What a user may do in a namespace, and the role each takes. The services refuse an action by it
 * ({@link NamespaceService#require}) and the namespace's details list the ones the caller may take
 * ({@link NamespaceDetails#yourActions}), so that a page offers exactly what the backend allows.
 */
public enum NamespaceAction {
    /** See it: its quota, what runs in it, its quota requests, events and permissions. */
    SEE(PermissionRole.VIEW),
    /** Create and delete VMs, TKG clusters and vSphere Pods, import manifests. */
    EDIT_WORKLOADS(PermissionRole.EDIT),
    /** Ask for more quota. */
    REQUEST_QUOTA(PermissionRole.EDIT),
    /** Grant, change and remove permissions. */
    MANAGE_PERMISSIONS(PermissionRole.OWNER);

    private final PermissionRole needs;

    NamespaceAction(PermissionRole needs) {
        this.needs = needs;
    }

    /** The least role that allows it; admins hold every role. */
    public PermissionRole needs() {
        return needs;
    }
}
