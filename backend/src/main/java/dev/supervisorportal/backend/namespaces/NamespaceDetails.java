package dev.supervisorportal.backend.namespaces;

import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.quota.ZoneShare;

import java.time.Instant;
import java.util.List;

/**
 * One namespace: its limits, their share and use per zone, and who may do what.
 *
 * @param yourRole the caller's role in it; {@code null} when the caller sees it only as an admin
 */
public record NamespaceDetails(String name, Limits limits, List<ZoneShare> zones, List<Permission> permissions,
                               PermissionRole yourRole, Instant createdAt) {

    /** A user or a team and its role. */
    public record Permission(SubjectType subjectType, String subject, PermissionRole role) {
    }

    public enum SubjectType {
        USER, TEAM
    }
}
