package dev.supervisorportal.backend.namespaces;

import dev.supervisorportal.backend.quota.Limits;

/** A namespace the caller was found to hold a role in; what other features act on. */
public record NamespaceRef(long id, String name, Limits limits) {
}
