package dev.supervisorportal.backend.namespaces;

import dev.supervisorportal.backend.audit.AuditLog;
import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.common.NotFoundException;
import dev.supervisorportal.backend.namespaces.internal.Namespace;
import dev.supervisorportal.backend.namespaces.internal.NamespacePermission;
import dev.supervisorportal.backend.namespaces.internal.NamespacePermissionRepository;
import dev.supervisorportal.backend.namespaces.internal.NamespaceRepository;
import dev.supervisorportal.backend.namespaces.internal.NamespaceRequest;
import dev.supervisorportal.backend.namespaces.internal.NamespaceRequestRepository;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.quota.QuotaLedger;
import dev.supervisorportal.backend.users.UserAccounts;
import dev.supervisorportal.backend.users.UserRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The namespace request workflow: a DevOps engineer asks, an admin approves as asked, approves with adjusted
 * limits, or rejects with a reason; nobody decides on their own request. Every step leaves an audit entry.
 */
@Service
@Transactional
public class NamespaceRequestService {

    static final String TARGET_TYPE = "namespace-request";

    private final NamespaceRequestRepository requests;
    private final NamespaceRepository namespaces;
    private final NamespacePermissionRepository permissions;
    private final QuotaLedger quotaLedger;
    private final UserAccounts users;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final NamespaceService namespaceService;

    NamespaceRequestService(NamespaceRequestRepository requests, NamespaceRepository namespaces,
                            NamespacePermissionRepository permissions, QuotaLedger quotaLedger, UserAccounts users,
                            AuditLog audit, Clock clock, ApplicationEventPublisher events,
                            NamespaceService namespaceService) {
        this.namespaceService = namespaceService;
        this.requests = requests;
        this.namespaces = namespaces;
        this.permissions = permissions;
        this.quotaLedger = quotaLedger;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    @PreAuthorize("isAuthenticated()")
    public NamespaceRequestView submit(NamespaceRequestCommand command) {
        List<FieldProblem> problems = NamespaceRules.problems(command);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        checkNameIsFree(command.name());
        UserRef requester = users.current();
        Limits limits = new Limits(command.cpuMhz(), command.memoryMib(), command.storageGib());
        NamespaceRequest request = requests.save(new NamespaceRequest(command.name(), requester.username(), limits,
                command.counts(), command.justification().strip(), Instant.now(clock)));
        audit.record("NAMESPACE_REQUESTED", TARGET_TYPE, command.name(), "PENDING",
                Msg.of("audit.namespace-requested", command.counts().withLimits(limits),
                        command.justification().strip()));
        events.publishEvent(new RequestsChanged());
        return request.toView();
    }

    /** The caller's own requests, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<NamespaceRequestView> myRequests() {
        return requests.findByRequestedByOrderBySubmittedAtDesc(users.current().username()).stream()
                .map(NamespaceRequest::toView)
                .toList();
    }

    /** One request, for its requester and the admins. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public NamespaceRequestView request(long requestId) {
        NamespaceRequest request = find(requestId);
        UserRef me = users.current();
        if (!me.isAdmin() && !me.username().equals(request.getRequestedBy())) {
            // Someone else's request answers as a missing one: its id tells nothing about what others asked for.
            throw new NotFoundException(Msg.of("namespaces.request.not-found", requestId));
        }
        return request.toView();
    }

    /** How many of the caller's own requests wait for a decision. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long myPendingCount() {
        return requests.countByRequestedByAndStatus(users.current().username(), RequestStatus.PENDING);
    }

    /** How long the approval queue is. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long pendingCount() {
        return requests.countByStatus(RequestStatus.PENDING);
    }

    /** The approval queue, oldest first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<NamespaceRequestView> pending() {
        return requests.findByStatusOrderBySubmittedAtAsc(RequestStatus.PENDING).stream()
                .map(NamespaceRequest::toView)
                .toList();
    }

    /** Approves the request with the limits asked for. */
    @PreAuthorize("hasRole('ADMIN')")
    public NamespaceRequestView approve(long requestId) {
        NamespaceRequest request = find(requestId);
        return activate(request, request.requested(), request.requestedCounts(), "APPROVED",
                Msg.of("audit.namespace-approved", request.requestedCounts().withLimits(request.requested())));
    }

    /** Approves the request with other limits than asked for, and the count limits as asked. */
    @PreAuthorize("hasRole('ADMIN')")
    public NamespaceRequestView approveAdjusted(long requestId, Long cpuMhz, Long memoryMib, Long storageGib) {
        return approveAdjusted(requestId, cpuMhz, memoryMib, storageGib, find(requestId).requestedCounts());
    }

    /** Approves the request with other limits and count limits than asked for ({@code null} counts: no limit). */
    @PreAuthorize("hasRole('ADMIN')")
    public NamespaceRequestView approveAdjusted(long requestId, Long cpuMhz, Long memoryMib, Long storageGib,
                                                ObjectCountLimits counts) {
        List<FieldProblem> problems = new ArrayList<>(NamespaceRules.limitProblems(cpuMhz, memoryMib,
                storageGib));
        problems.addAll(NamespaceRules.countProblems(counts));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        NamespaceRequest request = find(requestId);
        Limits limits = new Limits(cpuMhz, memoryMib, storageGib);
        return activate(request, limits, counts, "APPROVED_ADJUSTED",
                Msg.of("audit.namespace-approved-adjusted", counts.withLimits(limits),
                        request.requestedCounts().withLimits(request.requested())));
    }

    /** Limits and count limits an admin approves instead of those asked for. */
    public record Adjusted(Long cpuMhz, Long memoryMib, Long storageGib, ObjectCountLimits counts) {
    }

    /**
     * Approves the request, as asked when {@code adjusted} is {@code null}, and sets the namespace's storage limits
     * per storage policy (GiB) in the same transaction: a refused policy limit approves nothing.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public NamespaceRequestView approveWithPolicyLimits(long requestId, Adjusted adjusted,
                                                        Map<String, Long> storagePolicyLimitsGib) {
        NamespaceRequestView approved = adjusted == null ? approve(requestId) : approveAdjusted(requestId,
                adjusted.cpuMhz(), adjusted.memoryMib(), adjusted.storageGib(), adjusted.counts());
        if (!storagePolicyLimitsGib.isEmpty()) {
            namespaceService.setStoragePolicyLimits(approved.namespaceName(), storagePolicyLimitsGib);
        }
        return approved;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public NamespaceRequestView reject(long requestId, String reason) {
        NamespaceRules.reasonProblem(reason).ifPresent(message -> {
            throw new InvalidInputException("reason", message);
        });
        NamespaceRequest request = find(requestId);
        request.reject(users.current().username(), reason.strip(), Instant.now(clock));
        audit.record("NAMESPACE_REJECTED", TARGET_TYPE, request.getNamespaceName(), "REJECTED",
                Msg.of("audit.rejected", reason.strip()));
        events.publishEvent(new RequestsChanged());
        return request.toView();
    }

    private NamespaceRequestView activate(NamespaceRequest request, Limits limits, ObjectCountLimits counts,
                                          String outcome, Msg detail) {
        Instant now = Instant.now(clock);
        request.approve(users.current().username(), limits, counts, now);
        if (namespaces.existsByName(request.getNamespaceName())) {
            throw new ConflictException("name", Msg.of("namespaces.name-taken-reject-request",
                    request.getNamespaceName()));
        }
        Namespace namespace = namespaces.save(new Namespace(request.getNamespaceName(), limits, counts, now,
                request.getId()));
        UserRef requester = users.require(request.getRequestedBy());
        permissions.save(NamespacePermission.forUser(namespace.getId(), requester.id(), PermissionRole.OWNER));
        quotaLedger.open(namespace.getId(), limits);
        audit.record("NAMESPACE_APPROVED", TARGET_TYPE, request.getNamespaceName(), outcome, detail);
        events.publishEvent(new RequestsChanged());
        return request.toView();
    }

    private void checkNameIsFree(String name) {
        if (namespaces.existsByName(name)) {
            throw new ConflictException("name", Msg.of("namespaces.name-taken", name));
        }
        if (requests.existsByNamespaceNameAndStatus(name, RequestStatus.PENDING)) {
            throw new ConflictException("name", Msg.of("namespaces.name-requested", name));
        }
    }

    private NamespaceRequest find(long requestId) {
        return requests.findById(requestId)
                .orElseThrow(() -> new NotFoundException(Msg.of("namespaces.request.not-found", requestId)));
    }

}
