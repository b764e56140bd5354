package dev.supervisorportal.backend.namespaces;

import dev.supervisorportal.backend.common.NotFoundException;
import dev.supervisorportal.backend.namespaces.internal.Namespace;
import dev.supervisorportal.backend.namespaces.internal.NamespaceAccess;
import dev.supervisorportal.backend.namespaces.internal.NamespacePermission;
import dev.supervisorportal.backend.namespaces.internal.NamespacePermissionRepository;
import dev.supervisorportal.backend.namespaces.internal.NamespaceRepository;
import dev.supervisorportal.backend.quota.QuotaLedger;
import dev.supervisorportal.backend.users.UserAccounts;
import dev.supervisorportal.backend.users.UserRef;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Namespaces as their users see them: only those they hold a permission in, all of them for admins. */
@Service
@Transactional(readOnly = true)
public class NamespaceService {

    private final NamespaceRepository namespaces;
    private final NamespacePermissionRepository permissions;
    private final QuotaLedger quotaLedger;
    private final UserAccounts users;

    NamespaceService(NamespaceRepository namespaces, NamespacePermissionRepository permissions,
                     QuotaLedger quotaLedger, UserAccounts users) {
        this.namespaces = namespaces;
        this.permissions = permissions;
        this.quotaLedger = quotaLedger;
        this.users = users;
    }

    @PreAuthorize("isAuthenticated()")
    public List<NamespaceSummary> visibleNamespaces() {
        UserRef me = users.current();
        List<Namespace> visible = me.isAdmin() ? namespaces.findAllByOrderByNameAsc()
                : namespaces.findVisibleTo(me.id(), me.teamId() == null ? -1 : me.teamId());
        Map<Long, List<NamespacePermission>> permissionsByNamespace = permissions
                .findByNamespaceIdIn(visible.stream().map(Namespace::getId).toList()).stream()
                .collect(Collectors.groupingBy(NamespacePermission::getNamespaceId));
        return visible.stream()
                .map(namespace -> new NamespaceSummary(namespace.getName(), namespace.limits(),
                        NamespaceAccess.roleOf(me, permissionsByNamespace.getOrDefault(namespace.getId(), List.of()))
                                .orElse(null),
                        namespace.getCreatedAt()))
                .toList();
    }

    /** One namespace with its per-zone quota; refused unless the caller holds a permission in it or is an admin. */
    @PreAuthorize("isAuthenticated()")
    public NamespaceDetails details(String name) {
        UserRef me = users.current();
        Namespace namespace = namespaces.findByName(name)
                .orElseThrow(() -> new NotFoundException("No namespace named " + name + "."));
        List<NamespacePermission> granted = permissions.findByNamespaceId(namespace.getId());
        PermissionRole role = NamespaceAccess.roleOf(me, granted).orElse(null);
        if (role == null && !me.isAdmin()) {
            throw new AccessDeniedException("You have no permission in namespace " + name
                    + ". Ask one of its owners to grant you one.");
        }
        return new NamespaceDetails(namespace.getName(), namespace.limits(), quotaLedger.shares(namespace.getId()),
                describe(granted), role, namespace.getCreatedAt());
    }

    private List<NamespaceDetails.Permission> describe(List<NamespacePermission> granted) {
        Map<Long, String> usernames = users.usernames(granted.stream()
                .map(NamespacePermission::getUserId).filter(Objects::nonNull).toList());
        Map<Long, String> teamNames = users.teamNames(granted.stream()
                .map(NamespacePermission::getTeamId).filter(Objects::nonNull).toList());
        return granted.stream()
                .map(permission -> permission.getUserId() != null
                        ? new NamespaceDetails.Permission(NamespaceDetails.SubjectType.USER,
                        usernames.get(permission.getUserId()), permission.getRole())
                        : new NamespaceDetails.Permission(NamespaceDetails.SubjectType.TEAM,
                        teamNames.get(permission.getTeamId()), permission.getRole()))
                .sorted(Comparator.comparing(NamespaceDetails.Permission::role).reversed()
                        .thenComparing(NamespaceDetails.Permission::subject))
                .toList();
    }
}
