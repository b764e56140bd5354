package dev.supervisorportal.backend.namespaces.internal;

import dev.supervisorportal.backend.namespaces.PermissionRole;
import dev.supervisorportal.backend.users.UserRef;

import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/** A user's role in a namespace: the highest of the user's own permission and the team's. */
public final class NamespaceAccess {

    private NamespaceAccess() {
    }

    public static Optional<PermissionRole> roleOf(UserRef user, Collection<NamespacePermission> permissions) {
        return permissions.stream()
                .filter(permission -> Objects.equals(permission.getUserId(), user.id())
                        || (user.teamId() != null && Objects.equals(permission.getTeamId(), user.teamId())))
                .map(NamespacePermission::getRole)
                .max(Comparator.naturalOrder());
    }
}
