package dev.supervisorportal.backend.namespaces;

/**
 * A namespace is about to be deleted, in the deleting transaction: each feature that keeps something in it (its
 * workloads, its volumes) listens and removes it there, so the namespace goes whole or not at all.
 */
public record NamespaceDeleting(long id, String name) {
}
