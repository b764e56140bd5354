package dev.supervisorportal.backend.namespaces.internal;

import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.common.NotAllowedException;
import dev.supervisorportal.backend.namespaces.ObjectCountLimits;
import dev.supervisorportal.backend.namespaces.RequestStatus;
import dev.supervisorportal.backend.quota.Limits;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A request for limits that an admin decides on: approved (as asked or adjusted) or rejected with a reason. It
 * guards its own decision: once only, and never by the requester (four-eyes rule).
 */
@MappedSuperclass
public abstract class DecidableRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String requestedBy;
    private long cpuMhz;
    private long memoryMib;
    private long storageGib;
    private String justification;

    @Enumerated(EnumType.STRING)
    private RequestStatus status;

    private Instant submittedAt;
    private String decidedBy;
    private Instant decidedAt;
    private Long approvedCpuMhz;
    private Long approvedMemoryMib;
    private Long approvedStorageGib;
    private String decisionReason;
    private Long maxVms;
    private Long maxTkgClusters;
    private Long maxPods;
    private Long maxPvcs;
    private Long approvedMaxVms;
    private Long approvedMaxTkgClusters;
    private Long approvedMaxPods;
    private Long approvedMaxPvcs;

    @Version
    private long version;

    protected DecidableRequest() {
    }

    protected DecidableRequest(String requestedBy, Limits requested, ObjectCountLimits requestedCounts,
                               String justification, Instant submittedAt) {
        this.requestedBy = requestedBy;
        this.cpuMhz = requested.cpuMhz();
        this.memoryMib = requested.memoryMib();
        this.storageGib = requested.storageGib();
        this.maxVms = requestedCounts.maxVms();
        this.maxTkgClusters = requestedCounts.maxTkgClusters();
        this.maxPods = requestedCounts.maxPods();
        this.maxPvcs = requestedCounts.maxPvcs();
        this.justification = justification;
        this.status = RequestStatus.PENDING;
        this.submittedAt = submittedAt;
    }

    /** What the request is about, for messages: "namespace team-a-dev". */
    protected abstract Msg subject();

    public void approve(String decider, Limits limits, ObjectCountLimits counts, Instant now) {
        checkDecidable(decider);
        this.status = RequestStatus.APPROVED;
        this.approvedCpuMhz = limits.cpuMhz();
        this.approvedMemoryMib = limits.memoryMib();
        this.approvedStorageGib = limits.storageGib();
        this.approvedMaxVms = counts.maxVms();
        this.approvedMaxTkgClusters = counts.maxTkgClusters();
        this.approvedMaxPods = counts.maxPods();
        this.approvedMaxPvcs = counts.maxPvcs();
        recordDecision(decider, now);
    }

    public void reject(String decider, String reason, Instant now) {
        checkDecidable(decider);
        this.status = RequestStatus.REJECTED;
        this.decisionReason = reason;
        recordDecision(decider, now);
    }

    private void checkDecidable(String decider) {
        if (status != RequestStatus.PENDING) {
            throw new ConflictException(null, status == RequestStatus.APPROVED
                    ? Msg.of("namespaces.request.approved-already", subject(), decidedBy)
                    : Msg.of("namespaces.request.rejected-already", subject(), decidedBy));
        }
        if (decider.equals(requestedBy)) {
            throw new NotAllowedException(Msg.of("namespaces.request.four-eyes", subject()));
        }
    }

    private void recordDecision(String decider, Instant now) {
        this.decidedBy = decider;
        this.decidedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public String getJustification() {
        return justification;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Limits requested() {
        return new Limits(cpuMhz, memoryMib, storageGib);
    }

    public ObjectCountLimits requestedCounts() {
        return new ObjectCountLimits(maxVms, maxTkgClusters, maxPods, maxPvcs);
    }

    /** The approved count limits, or {@code null} while undecided or when rejected. */
    public ObjectCountLimits approvedCounts() {
        return approvedCpuMhz == null ? null
                : new ObjectCountLimits(approvedMaxVms, approvedMaxTkgClusters, approvedMaxPods, approvedMaxPvcs);
    }

    /** The approved limits, or {@code null} while undecided or when rejected. */
    public Limits approved() {
        return approvedCpuMhz == null ? null : new Limits(approvedCpuMhz, approvedMemoryMib, approvedStorageGib);
    }
}
