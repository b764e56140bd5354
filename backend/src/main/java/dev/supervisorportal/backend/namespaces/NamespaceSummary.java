package dev.supervisorportal.backend.namespaces;

import dev.supervisorportal.backend.quota.Limits;

import java.time.Instant;

/**
 * A namespace in a list.
 *
 * @param yourRole the caller's role in it; {@code null} when the caller sees it only as an admin
 */
public record NamespaceSummary(String name, Limits limits, PermissionRole yourRole, Instant createdAt) {
}
