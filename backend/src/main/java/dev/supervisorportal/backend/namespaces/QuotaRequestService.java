package dev.supervisorportal.backend.namespaces;

import dev.supervisorportal.backend.audit.AuditLog;
import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.common.NotFoundException;
import dev.supervisorportal.backend.namespaces.internal.Namespace;
import dev.supervisorportal.backend.namespaces.internal.NamespaceRepository;
import dev.supervisorportal.backend.namespaces.internal.QuotaRequest;
import dev.supervisorportal.backend.namespaces.internal.QuotaRequestRepository;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.quota.QuotaLedger;
import dev.supervisorportal.backend.users.UserAccounts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Requests for new limits on a namespace: an owner or editor asks, an admin approves as asked, approves adjusted,
 * or rejects with a reason; four-eyes as for namespaces. New limits are split over the zones by the usual rule and
 * never take a zone's share below what is in use there.
 */
@Service
@Transactional
public class QuotaRequestService {

    static final String TARGET_TYPE = "quota-request";
    private static final Msg SEE_REQUESTS = Msg.of("namespaces.to-see-requests");

    private final QuotaRequestRepository requests;
    private final NamespaceRepository namespaces;
    private final NamespaceService namespaceService;
    private final QuotaLedger quotaLedger;
    private final UserAccounts users;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ObjectCounts objectCounts;

    QuotaRequestService(QuotaRequestRepository requests, NamespaceRepository namespaces,
                        NamespaceService namespaceService, QuotaLedger quotaLedger, UserAccounts users,
                        AuditLog audit, Clock clock, ApplicationEventPublisher events, ObjectCounts objectCounts) {
        this.objectCounts = objectCounts;
        this.requests = requests;
        this.namespaces = namespaces;
        this.namespaceService = namespaceService;
        this.quotaLedger = quotaLedger;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    @PreAuthorize("isAuthenticated()")
    public QuotaRequestView submit(String namespaceName, QuotaRequestCommand command) {
        NamespaceRef namespace = namespaceService.require(namespaceName, NamespaceAction.REQUEST_QUOTA, Msg.of("namespaces.to-ask-for-quota"));
        List<FieldProblem> problems = new ArrayList<>(NamespaceRules.limitProblems(command.cpuMhz(), command.memoryMib(),
                command.storageGib()));
        problems.addAll(NamespaceRules.countProblems(command.counts()));
        NamespaceRules.justificationProblem(command.justification())
                .ifPresent(message -> problems.add(new FieldProblem("justification", message)));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Limits limits = new Limits(command.cpuMhz(), command.memoryMib(), command.storageGib());
        ObjectCountLimits currentCounts = currentCounts(namespace);
        if (limits.equals(namespace.limits()) && command.counts().equals(currentCounts)) {
            throw new InvalidInputException("cpuMhz", Msg.of("namespaces.quota.unchanged"));
        }
        quotaLedger.resplitProblem(namespace.id(), limits).ifPresent(message -> {
            throw new InvalidInputException("cpuMhz", message);
        });
        List<FieldProblem> belowUse = objectCounts.belowUse(namespace.name(), objectCounts.of(namespace.id()),
                command.counts());
        if (!belowUse.isEmpty()) {
            throw new InvalidInputException(belowUse);
        }
        if (requests.existsByNamespaceIdAndStatus(namespace.id(), RequestStatus.PENDING)) {
            throw new ConflictException(null, Msg.of("namespaces.quota.pending-already", namespaceName));
        }
        QuotaRequest request = requests.save(new QuotaRequest(namespace.id(), users.current().username(), limits,
                command.counts(), command.justification().strip(), Instant.now(clock)));
        audit.record("QUOTA_REQUESTED", TARGET_TYPE, namespaceName, "PENDING", Msg.of("audit.quota-requested",
                command.counts().withLimits(limits),
                currentCounts.withLimits(namespace.limits()),
                command.justification().strip()));
        events.publishEvent(new RequestsChanged());
        return request.toView(namespaceName, namespace.limits(), currentCounts);
    }

    /** The namespace's quota requests, newest first; for everyone who may see the namespace. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<QuotaRequestView> forNamespace(String namespaceName) {
        NamespaceRef namespace = namespaceService.require(namespaceName, NamespaceAction.SEE, SEE_REQUESTS);
        return requests.findByNamespaceIdOrderBySubmittedAtDesc(namespace.id()).stream()
                .map(request -> request.toView(namespace.name(), namespace.limits(), currentCounts(namespace)))
                .toList();
    }

    /** One quota request, for everyone who may see its namespace. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public QuotaRequestView request(long requestId) {
        QuotaRequest request = find(requestId);
        Namespace found = namespaces.findById(request.getNamespaceId()).orElseThrow();
        NamespaceRef namespace;
        try {
            namespace = namespaceService.require(found.getName(), NamespaceAction.SEE, SEE_REQUESTS);
        } catch (NotFoundException invisible) {
            // As a missing request, not as a missing namespace: that would name a namespace the caller may not see.
            throw new NotFoundException(Msg.of("namespaces.quota.request-not-found", requestId));
        }
        return request.toView(namespace.name(), namespace.limits(), currentCounts(namespace));
    }

    private ObjectCountLimits currentCounts(NamespaceRef namespace) {
        return namespaces.countLimits(namespace.id());
    }

    /** How many of the caller's own quota requests wait for a decision. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long myPendingCount() {
        return requests.countByRequestedByAndStatus(users.current().username(), RequestStatus.PENDING);
    }

    /** How many quota requests wait in the admins' queue. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long pendingCount() {
        return requests.countByStatus(RequestStatus.PENDING);
    }

    /** The admins' queue of quota requests, oldest first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<QuotaRequestView> pending() {
        return requests.findByStatusOrderBySubmittedAtAsc(RequestStatus.PENDING).stream()
                .map(request -> {
                    Namespace namespace = namespaces.findById(request.getNamespaceId()).orElseThrow();
                    return request.toView(namespace.getName(), namespace.limits(), namespace.countLimits());
                })
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public QuotaRequestView approve(long requestId) {
        QuotaRequest request = find(requestId);
        return apply(request, request.requested(), request.requestedCounts(), "APPROVED", "audit.quota-approved");
    }

    /** Approves with other limits than asked for, and the count limits as asked. */
    @PreAuthorize("hasRole('ADMIN')")
    public QuotaRequestView approveAdjusted(long requestId, Long cpuMhz, Long memoryMib, Long storageGib) {
        return approveAdjusted(requestId, cpuMhz, memoryMib, storageGib, find(requestId).requestedCounts());
    }

    /** Approves with other limits and count limits than asked for ({@code null} counts: no limit). */
    @PreAuthorize("hasRole('ADMIN')")
    public QuotaRequestView approveAdjusted(long requestId, Long cpuMhz, Long memoryMib, Long storageGib,
                                            ObjectCountLimits counts) {
        List<FieldProblem> problems = new ArrayList<>(NamespaceRules.limitProblems(cpuMhz, memoryMib, storageGib));
        problems.addAll(NamespaceRules.countProblems(counts));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return apply(find(requestId), new Limits(cpuMhz, memoryMib, storageGib), counts, "APPROVED_ADJUSTED",
                "audit.quota-approved-adjusted");
    }

    @PreAuthorize("hasRole('ADMIN')")
    public QuotaRequestView reject(long requestId, String reason) {
        NamespaceRules.reasonProblem(reason).ifPresent(message -> {
            throw new InvalidInputException("reason", message);
        });
        QuotaRequest request = find(requestId);
        Namespace namespace = namespaces.findById(request.getNamespaceId()).orElseThrow();
        request.reject(users.current().username(), reason.strip(), Instant.now(clock));
        audit.record("QUOTA_REJECTED", TARGET_TYPE, namespace.getName(), "REJECTED",
                Msg.of("audit.rejected", reason.strip()));
        events.publishEvent(new RequestsChanged());
        return request.toView(namespace.getName(), namespace.limits(), namespace.countLimits());
    }

    private QuotaRequestView apply(QuotaRequest request, Limits limits, ObjectCountLimits counts, String outcome,
                                   String how) {
        Namespace namespace = namespaces.findById(request.getNamespaceId()).orElseThrow(() -> new NotFoundException(
                Msg.of("namespaces.quota.request-not-found", request.getId())));
        Limits before = namespace.limits();
        ObjectCountLimits countsBefore = namespace.countLimits();
        request.approve(users.current().username(), limits, counts, Instant.now(clock));
        quotaLedger.resplit(namespace.getId(), limits);
        List<FieldProblem> belowUse = objectCounts.belowUse(namespace.getName(), objectCounts.of(namespace.getId()),
                counts);
        if (!belowUse.isEmpty()) {
            throw new ConflictException(belowUse.getFirst().field(), belowUse.getFirst().message());
        }
        namespace.setLimits(limits);
        namespace.setCountLimits(counts);
        audit.record("QUOTA_APPROVED", TARGET_TYPE, namespace.getName(), outcome, Msg.of(how,
                counts.withLimits(limits),
                countsBefore.withLimits(before),
                request.requestedCounts().withLimits(request.requested())));
        events.publishEvent(new RequestsChanged());
        return request.toView(namespace.getName(), namespace.limits(), namespace.countLimits());
    }

    private QuotaRequest find(long requestId) {
        return requests.findById(requestId)
                .orElseThrow(() -> new NotFoundException(Msg.of("namespaces.quota.request-not-found", requestId)));
    }
}
