package dev.supervisorportal.backend.namespaces.internal;

import dev.supervisorportal.backend.namespaces.PermissionRole;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A user's or a team's role in a namespace (exactly one of the two is set). */
@Entity
public class NamespacePermission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long namespaceId;
    private Long userId;
    private Long teamId;

    @Enumerated(EnumType.STRING)
    private PermissionRole role;

    protected NamespacePermission() {
    }

    private NamespacePermission(long namespaceId, Long userId, Long teamId, PermissionRole role) {
        this.namespaceId = namespaceId;
        this.userId = userId;
        this.teamId = teamId;
        this.role = role;
    }

    public static NamespacePermission forUser(long namespaceId, long userId, PermissionRole role) {
        return new NamespacePermission(namespaceId, userId, null, role);
    }

    public static NamespacePermission forTeam(long namespaceId, long teamId, PermissionRole role) {
        return new NamespacePermission(namespaceId, null, teamId, role);
    }

    public void setRole(PermissionRole role) {
        this.role = role;
    }

    public long getNamespaceId() {
        return namespaceId;
    }

    public Long getUserId() {
        return userId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public PermissionRole getRole() {
        return role;
    }
}
