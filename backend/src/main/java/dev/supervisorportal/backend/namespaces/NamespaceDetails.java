package dev.supervisorportal.backend.namespaces;

import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.quota.ZoneShare;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One namespace: its limits, their share and use per zone, its count limits and how many objects it holds, and who
 * may do what.
 *
 * @param yourRole      the caller's role in it; {@code null} when the caller sees it only as an admin
 * @param yourActions   what the caller may do in it, by the rule the services refuse with
 * @param countLimits   how many objects of each kind it may hold
 * @param counts        how many it holds, per kind
 * @param administrable whether the caller is an admin, who may edit its limits directly and delete it
 * @param version       the namespace's version, for an admin's change of its limits
 */
public record NamespaceDetails(String name, Limits limits, List<ZoneShare> zones, List<Permission> permissions,
                               PermissionRole yourRole, Set<NamespaceAction> yourActions, Instant createdAt,
                               ObjectCountLimits countLimits, Map<ObjectKind, Long> counts, boolean administrable,
                               long version) {

    /** A namespace without count limits and objects, as a page test builds one. */
    public NamespaceDetails(String name, Limits limits, List<ZoneShare> zones, List<Permission> permissions,
                            PermissionRole yourRole, Set<NamespaceAction> yourActions, Instant createdAt) {
        this(name, limits, zones, permissions, yourRole, yourActions, createdAt, ObjectCountLimits.NONE, Map.of(),
                false, 0);
    }

    /** Whether the caller may take {@code action} here. */
    public boolean allows(NamespaceAction action) {
        return yourActions.contains(action);
    }

    /** How many objects of {@code kind} it holds. */
    public long count(ObjectKind kind) {
        return counts.getOrDefault(kind, 0L);
    }

    /** A user or a team and its role. */
    public record Permission(SubjectType subjectType, String subject, PermissionRole role) {
    }

    public enum SubjectType {
        USER, TEAM
    }
}
