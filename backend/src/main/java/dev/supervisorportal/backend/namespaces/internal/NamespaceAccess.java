package dev.supervisorportal.backend.namespaces.internal;

import dev.supervisorportal.backend.namespaces.NamespaceAction;
import dev.supervisorportal.backend.namespaces.PermissionRole;
import dev.supervisorportal.backend.users.UserRef;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may do what in a namespace: a user's role is the highest of the user's own permission and the team's, each
 * role includes the ones before it, and admins may do everything.
 */
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

    /** Whether {@code user}, holding {@code role} in the namespace ({@code null}: none), may take {@code action}. */
    public static boolean allows(UserRef user, PermissionRole role, NamespaceAction action) {
        return user.isAdmin() || (role != null && role.compareTo(action.needs()) >= 0);
    }

    /** Every action {@code user}, holding {@code role} ({@code null}: none), may take. */
    public static Set<NamespaceAction> allowed(UserRef user, PermissionRole role) {
        return Arrays.stream(NamespaceAction.values()).filter(action -> allows(user, role, action))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(NamespaceAction.class)));
    }
}
