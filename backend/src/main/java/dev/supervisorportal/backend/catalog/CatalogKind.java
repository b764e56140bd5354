package dev.supervisorportal.backend.catalog;

/** The kinds of catalog entries besides VM classes. */
public enum CatalogKind {
    /** A VM image from the content library. */
    IMAGE,
    /** A vSphere storage policy, backing disks and persistent volumes. */
    STORAGE_POLICY,
    /** A Kubernetes release (TKr) a TKG cluster can run. */
    KUBERNETES_RELEASE
}
