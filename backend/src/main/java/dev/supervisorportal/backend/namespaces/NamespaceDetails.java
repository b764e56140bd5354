package dev.supervisorportal.backend.namespaces;

import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.quota.ZoneShare;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One namespace: its limits, their share and use per zone, and who may do what.
 *
 * @param yourRole    the caller's role in it; {@code null} when the caller sees it only as an admin
 * @param yourActions what the caller may do in it, by the rule the services refuse with
 */
public record NamespaceDetails(String name, Limits limits, List<ZoneShare> zones, List<Permission> permissions,
                               PermissionRole yourRole, Set<NamespaceAction> yourActions, Instant createdAt) {

    /** Whether the caller may take {@code action} here. */
    public boolean allows(NamespaceAction action) {
        return yourActions.contains(action);
    }

    /** A user or a team and its role. */
    public record Permission(SubjectType subjectType, String subject, PermissionRole role) {
    }

    public enum SubjectType {
        USER, TEAM
    }
}
