package dev.supervisorportal.backend.namespaces;

import dev.supervisorportal.backend.audit.AuditLog;
import dev.supervisorportal.backend.catalog.CatalogItemView;
import dev.supervisorportal.backend.catalog.CatalogKind;
import dev.supervisorportal.backend.catalog.CatalogService;
import dev.supervisorportal.backend.catalog.CatalogView;
import dev.supervisorportal.backend.catalog.VmClassView;
import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.common.NotAllowedException;
import dev.supervisorportal.backend.common.NotFoundException;
import dev.supervisorportal.backend.common.StaleVersionException;
import dev.supervisorportal.backend.common.SystemOnly;
import dev.supervisorportal.backend.namespaces.internal.Namespace;
import dev.supervisorportal.backend.namespaces.internal.NamespaceAccess;
import dev.supervisorportal.backend.namespaces.internal.NamespaceCatalogGrant;
import dev.supervisorportal.backend.namespaces.internal.NamespaceCatalogGrantRepository;
import dev.supervisorportal.backend.namespaces.internal.NamespacePermission;
import dev.supervisorportal.backend.namespaces.internal.NamespacePermissionRepository;
import dev.supervisorportal.backend.namespaces.internal.NamespaceRepository;
import dev.supervisorportal.backend.namespaces.internal.QuotaRequestRepository;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.quota.PolicyShare;
import dev.supervisorportal.backend.quota.QuotaLedger;
import dev.supervisorportal.backend.users.UserAccounts;
import dev.supervisorportal.backend.users.UserRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Namespaces as their users see them: only those they hold a permission in, all of them for admins. */
@Service
@Transactional(readOnly = true)
public class NamespaceService {

    private static final Msg MANAGE_PERMISSIONS = Msg.of("namespaces.to-manage-permissions");

    private final NamespaceRepository namespaces;
    private final NamespacePermissionRepository permissions;
    private final QuotaLedger quotaLedger;
    private final NamespaceCatalogGrantRepository catalogGrants;
    private final CatalogService catalog;
    private final UserAccounts users;
    private final AuditLog audit;
    private final ObjectCounts objectCounts;
    private final QuotaRequestRepository quotaRequests;
    private final ApplicationEventPublisher events;

    NamespaceService(NamespaceRepository namespaces, NamespacePermissionRepository permissions,
                     NamespaceCatalogGrantRepository catalogGrants, CatalogService catalog, QuotaLedger quotaLedger,
                     UserAccounts users, AuditLog audit, ObjectCounts objectCounts,
                     QuotaRequestRepository quotaRequests, ApplicationEventPublisher events) {
        this.objectCounts = objectCounts;
        this.quotaRequests = quotaRequests;
        this.events = events;
        this.namespaces = namespaces;
        this.permissions = permissions;
        this.catalogGrants = catalogGrants;
        this.catalog = catalog;
        this.quotaLedger = quotaLedger;
        this.users = users;
        this.audit = audit;
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

    /** The namespaces the caller may see (all of them for admins), by name, without their permissions. */
    @PreAuthorize("isAuthenticated()")
    public List<NamespaceRef> visibleRefs() {
        UserRef me = users.current();
        List<Namespace> visible = me.isAdmin() ? namespaces.findAllByOrderByNameAsc()
                : namespaces.findVisibleTo(me.id(), me.teamId() == null ? -1 : me.teamId());
        return visible.stream()
                .map(namespace -> new NamespaceRef(namespace.getId(), namespace.getName(), namespace.limits()))
                .toList();
    }

    /** One namespace with its per-zone quota; not found unless the caller holds a permission in it or is an admin. */
    @PreAuthorize("isAuthenticated()")
    public NamespaceDetails details(String name) {
        UserRef me = users.current();
        Namespace namespace = namespaces.findByName(name).orElseThrow(() -> notFound(name));
        List<NamespacePermission> granted = permissions.findByNamespaceId(namespace.getId());
        PermissionRole role = NamespaceAccess.roleOf(me, granted).orElse(null);
        if (!NamespaceAccess.allows(me, role, NamespaceAction.SEE)) {
            throw notFound(name);
        }
        return new NamespaceDetails(namespace.getName(), namespace.limits(), quotaLedger.shares(namespace.getId()),
                describe(granted), role, NamespaceAccess.allowed(me, role), namespace.getCreatedAt(),
                namespace.countLimits(), objectCounts.of(namespace.getId()), me.isAdmin(), namespace.getVersion());
    }

    /**
     * An admin sets a namespace's limits directly, saying why: the three resources, split over the zones by the
     * usual rule, and the count limits. Refused when a zone's new share falls below its use there, or a count limit
     * below what the namespace holds, and when someone changed the limits since {@code command.version()}.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public NamespaceDetails updateLimits(String name, UpdateLimitsCommand command) {
        List<FieldProblem> problems = NamespaceRules.problems(command);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Namespace namespace = lockedForChange(name);
        Limits before = namespace.limits();
        ObjectCountLimits countsBefore = namespace.countLimits();
        StaleVersionException.check(command.version(), namespace.getVersion(), Msg.of("namespaces.label", name),
                countsBefore.withLimits(before));
        if (before.equals(command.limits()) && countsBefore.equals(command.counts())) {
            throw new InvalidInputException("cpuMhz", Msg.of("namespaces.quota.unchanged"));
        }
        quotaLedger.resplit(namespace.getId(), command.limits());
        List<FieldProblem> belowUse = objectCounts.belowUse(name, objectCounts.of(namespace.getId()), command.counts());
        if (!belowUse.isEmpty()) {
            throw new ConflictException(belowUse.getFirst().field(), belowUse.getFirst().message());
        }
        namespace.setLimits(command.limits());
        namespace.setCountLimits(command.counts());
        namespaces.flush();
        audit.record("LIMITS_CHANGED", "namespace", name, "CHANGED", Msg.of("audit.limits-changed",
                command.counts().withLimits(command.limits()),
                countsBefore.withLimits(before), command.reason().strip()));
        events.publishEvent(new RequestsChanged());
        return details(name);
    }

    /**
     * Why {@link #updateLimits} would refuse these limits, without writing: each field's problem, a zone's share
     * below its use, a count below what the namespace holds; empty when it would take them. For the dialog's what-if.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public List<FieldProblem> limitsProblems(String name, UpdateLimitsCommand command) {
        Namespace namespace = namespaces.findByName(name).orElseThrow(() -> notFound(name));
        List<FieldProblem> problems = new ArrayList<>(NamespaceRules.problems(command));
        if (NamespaceRules.limitProblems(command.cpuMhz(), command.memoryMib(), command.storageGib()).isEmpty()) {
            quotaLedger.resplitProblem(namespace.getId(), command.limits())
                    .ifPresent(message -> problems.add(new FieldProblem("cpuMhz", message)));
        }
        if (NamespaceRules.countProblems(command.counts()).isEmpty()) {
            problems.addAll(objectCounts.belowUse(name, objectCounts.of(namespace.getId()), command.counts()));
        }
        return problems;
    }

    /**
     * An admin deletes a namespace: when it is empty, or with everything in it when {@code withWorkloads} is set and
     * {@code confirm} repeats its name. Every feature that keeps something in it removes it in this transaction
     * ({@link NamespaceDeleting}); then its quota ledger, permissions, catalog limits and quota requests go, and the
     * name is free again. The audit log keeps its history by name.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void delete(String name, boolean withWorkloads, String confirm) {
        objectCounts.lockForDeletion(namespaces.idByName(name).orElseThrow(() -> notFound(name)));
        Namespace namespace = lockedForChange(name);
        Map<ObjectKind, Long> held = objectCounts.of(namespace.getId());
        if (!held.isEmpty() && !withWorkloads) {
            throw new ConflictException(null, Msg.of("namespaces.delete.not-empty", name, ObjectCounts.text(held)));
        }
        if (withWorkloads && !name.equals(confirm)) {
            throw new InvalidInputException("confirm", Msg.of("namespaces.delete.confirm-mismatch", name));
        }
        events.publishEvent(new NamespaceDeleting(namespace.getId(), name));
        long id = namespace.getId();
        quotaLedger.close(id);
        quotaRequests.deleteByNamespaceId(id);
        catalogGrants.deleteByNamespaceId(id);
        permissions.deleteByNamespaceId(id);
        namespaces.deleteNow(id);
        audit.record("NAMESPACE_DELETED", "namespace", name, "DELETED", held.isEmpty()
                ? Msg.of("audit.namespace-deleted-empty") : Msg.of("audit.namespace-deleted", ObjectCounts.text(held)));
        events.publishEvent(new RequestsChanged());
    }

    /**
     * The namespace, read only after its quota ledger rows are locked: whoever changes its limits or admits into it
     * holds that lock, so what is read here stays true until this transaction ends.
     */
    private Namespace lockedForChange(String name) {
        long id = namespaces.idByName(name).orElseThrow(() -> notFound(name));
        quotaLedger.lock(id);
        return namespaces.findById(id).orElseThrow(() -> notFound(name));
    }

    /**
     * The namespace, when the caller may take {@code action} in it; refused otherwise, saying which role it takes
     * {@code toDoWhat}. A namespace the caller may not see is not found.
     */
    @PreAuthorize("isAuthenticated()")
    public NamespaceRef require(String name, NamespaceAction action, Msg toDoWhat) {
        UserRef me = users.current();
        Namespace namespace = namespaces.findByName(name).orElseThrow(() -> notFound(name));
        PermissionRole role = me.isAdmin() ? null
                : NamespaceAccess.roleOf(me, permissions.findByNamespaceId(namespace.getId())).orElse(null);
        if (!NamespaceAccess.allows(me, role, NamespaceAction.SEE)) {
            throw notFound(name);
        }
        if (!NamespaceAccess.allows(me, role, action)) {
            throw new NotAllowedException(Msg.of("namespaces.role-needed", action.needs(), name, toDoWhat, role));
        }
        return new NamespaceRef(namespace.getId(), namespace.getName(), namespace.limits());
    }

    /** The namespace's storage limits per storage policy, per zone with their use; policies without a limit show none. */
    @PreAuthorize("isAuthenticated()")
    public List<PolicyShare> storagePolicyShares(String name) {
        return quotaLedger.policyShares(require(name, NamespaceAction.SEE, Msg.of("namespaces.to-see-quota")).id());
    }

    /**
     * Admins set the namespace's storage limits per storage policy (on top of its overall storage limit), each split
     * over the zones like the other limits; a policy left out has no limit of its own. Refused when a zone's new share
     * would fall below what the policy uses there.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public List<PolicyShare> setStoragePolicyLimits(String name, Map<String, Long> limitsGib) {
        Namespace namespace = namespaces.findByName(name).orElseThrow(() -> notFound(name));
        List<FieldProblem> problems = new java.util.ArrayList<>();
        new java.util.TreeMap<>(limitsGib).forEach((policy, gib) -> {
            String field = "storagePolicyLimits." + policy;
            if (!catalog.exists(CatalogKind.STORAGE_POLICY, policy)) {
                problems.add(FieldProblem.of(field, "namespaces.storage-policy.unknown", policy));
            } else if (gib == null || gib < 0) {
                problems.add(FieldProblem.of(field, "quota.policy.limit-negative", policy, gib == null ? 0 : gib));
            } else if (gib > namespace.limits().storageGib()) {
                problems.add(FieldProblem.of(field, "quota.policy.limit-too-large", policy, gib,
                        namespace.limits().storageGib()));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<PolicyShare> shares = quotaLedger.setPolicyLimits(namespace.getId(), limitsGib);
        audit.record("STORAGE_POLICY_LIMITS_SET", "namespace", name, "CHANGED",
                Msg.of("audit.storage-policy-limits", limitsGib.isEmpty() ? Msg.of("audit.storage-policy-limits.none")
                        : Msg.joined("audit.list", new java.util.TreeMap<>(limitsGib).entrySet().stream()
                        .map(e -> Msg.of("audit.storage-policy-limit", e.getKey(), e.getValue())).toList())));
        return shares;
    }

    /**
     * A namespace the caller may not see answers exactly like one that does not exist, so that nobody learns which
     * names other teams use.
     */
    private static NotFoundException notFound(String name) {
        return new NotFoundException(Msg.of("namespaces.not-found", name));
    }

    /** Gives a user or a team a role in the namespace (or changes it). Owners and admins only. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public NamespaceDetails grant(String name, NamespaceDetails.SubjectType subjectType, String subject,
                                  PermissionRole role) {
        if (subjectType == null || subject == null || subject.isBlank() || role == null) {
            throw new InvalidInputException("subject", Msg.of("namespaces.grant.incomplete"));
        }
        NamespaceRef namespace = require(name, NamespaceAction.MANAGE_PERMISSIONS, MANAGE_PERMISSIONS);
        long subjectId = subjectId(subjectType, subject);
        NamespacePermission permission = findPermission(namespace.id(), subjectType, subjectId)
                .orElseGet(() -> subjectType == NamespaceDetails.SubjectType.USER
                        ? NamespacePermission.forUser(namespace.id(), subjectId, role)
                        : NamespacePermission.forTeam(namespace.id(), subjectId, role));
        if (permission.getRole() == PermissionRole.OWNER && role != PermissionRole.OWNER) {
            checkAnotherOwnerRemains(namespace, permission);
        }
        permission.setRole(role);
        permissions.save(permission);
        audit.record("PERMISSION_GRANTED", "namespace", name, role.name(),
                Msg.of("audit.permission-granted", subjectType.name().toLowerCase(), subject, role.name()));
        return details(name);
    }

    /** Takes a user's or a team's role in the namespace away. Owners and admins only; the last owner stays. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void revoke(String name, NamespaceDetails.SubjectType subjectType, String subject) {
        NamespaceRef namespace = require(name, NamespaceAction.MANAGE_PERMISSIONS, MANAGE_PERMISSIONS);
        long subjectId = subjectId(subjectType, subject);
        NamespacePermission permission = findPermission(namespace.id(), subjectType, subjectId)
                .orElseThrow(() -> new NotFoundException(Msg.of("namespaces.permission.not-found", subject, name)));
        if (permission.getRole() == PermissionRole.OWNER) {
            checkAnotherOwnerRemains(namespace, permission);
        }
        permissions.delete(permission);
        audit.record("PERMISSION_REVOKED", "namespace", name, "REVOKED",
                Msg.of("audit.permission-revoked", subjectType.name().toLowerCase(), subject,
                        permission.getRole().name()));
    }

    /** Every namespace's name by its id: for the reconciler's events, which run without a signed-in user. */
    @SystemOnly
    public Map<Long, String> namesById() {
        return namespaces.findAll().stream().collect(Collectors.toMap(Namespace::getId, Namespace::getName));
    }

    /** The entries of a kind the namespace may use; empty when it may use all of the catalog's. */
    private Set<String> allowed(long namespaceId, CatalogGrantKind kind) {
        return catalogGrants.findByNamespaceIdAndKind(namespaceId, kind).stream()
                .map(NamespaceCatalogGrant::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The catalog as this namespace may use it: the VM classes, images and storage policies it was limited to. */
    public CatalogView usableCatalog(NamespaceRef namespace) {
        CatalogView offered = catalog.catalog();
        return new CatalogView(
                usable(offered.vmClasses(), VmClassView::name, allowed(namespace.id(), CatalogGrantKind.VM_CLASS)),
                usable(offered.images(), CatalogItemView::name, allowed(namespace.id(), CatalogGrantKind.IMAGE)),
                usable(offered.storagePolicies(), CatalogItemView::name,
                        allowed(namespace.id(), CatalogGrantKind.STORAGE_POLICY)),
                offered.kubernetesReleases());
    }

    private static <T> List<T> usable(List<T> entries, Function<T, String> name, Set<String> allowed) {
        return entries.stream().filter(entry -> permits(allowed, name.apply(entry))).toList();
    }

    /** The grant rule: an empty list allows the whole catalog. */
    private static boolean permits(Set<String> allowed, String entry) {
        return allowed.isEmpty() || allowed.contains(entry);
    }

    /** Refuses an entry the namespace may not use, naming the ones it may. */
    public void requireAllowed(NamespaceRef namespace, CatalogGrantKind kind, String entry, String field) {
        Set<String> allowed = allowed(namespace.id(), kind);
        if (!permits(allowed, entry)) {
            throw new InvalidInputException(field, Msg.of("namespaces.catalog.not-allowed", namespace.name(), kind.text(),
                    entry, String.join(", ", allowed)));
        }
    }

    /**
     * Limits the namespace to these entries of a kind, each one in the catalog; an empty set allows the whole catalog
     * again. Admins only.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setAllowed(String name, CatalogGrantKind kind, Set<String> entries) {
        Namespace namespace = namespaces.findByName(name).orElseThrow(() -> notFound(name));
        if (kind == null || entries == null) {
            throw new InvalidInputException("entries", Msg.of("namespaces.catalog.incomplete"));
        }
        List<String> unknown = entries.stream().filter(entry -> !inCatalog(kind, entry))
                .map(String::valueOf).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("entries", Msg.of("namespaces.catalog.unknown", kind.text(),
                    String.join(", ", unknown)));
        }
        catalogGrants.deleteByNamespaceIdAndKind(namespace.getId(), kind);
        catalogGrants.flush();
        new TreeSet<>(entries).forEach(entry -> catalogGrants.save(new NamespaceCatalogGrant(namespace.getId(), kind, entry)));
        audit.record("CATALOG_LIMITED", "namespace", name, entries.isEmpty() ? "ALL" : "LIMITED",
                entries.isEmpty() ? Msg.of("audit.catalog-all", kind.text())
                        : Msg.of("audit.catalog-limited", kind.text(), String.join(", ", new TreeSet<>(entries))));
    }

    private boolean inCatalog(CatalogGrantKind kind, String entry) {
        return entry != null && switch (kind) {
            case VM_CLASS -> catalog.vmClass(entry).isPresent();
            case IMAGE -> catalog.exists(CatalogKind.IMAGE, entry);
            case STORAGE_POLICY -> catalog.exists(CatalogKind.STORAGE_POLICY, entry);
        };
    }

    private long subjectId(NamespaceDetails.SubjectType subjectType, String subject) {
        return switch (subjectType) {
            case USER -> users.find(subject).map(UserRef::id)
                    .orElseThrow(() -> new InvalidInputException("subject", Msg.of("namespaces.user-unknown", subject)));
            case TEAM -> users.teamId(subject)
                    .orElseThrow(() -> new InvalidInputException("subject", Msg.of("namespaces.team-unknown", subject)));
        };
    }

    private java.util.Optional<NamespacePermission> findPermission(long namespaceId,
                                                                    NamespaceDetails.SubjectType subjectType, long subjectId) {
        return subjectType == NamespaceDetails.SubjectType.USER
                ? permissions.findByNamespaceIdAndUserId(namespaceId, subjectId)
                : permissions.findByNamespaceIdAndTeamId(namespaceId, subjectId);
    }

    private void checkAnotherOwnerRemains(NamespaceRef namespace, NamespacePermission leaving) {
        boolean anotherOwner = permissions.findByNamespaceId(namespace.id()).stream()
                .anyMatch(p -> p.getRole() == PermissionRole.OWNER && !p.equals(leaving));
        if (!anotherOwner) {
            throw new ConflictException("subject", Msg.of("namespaces.last-owner", namespace.name()));
        }
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
