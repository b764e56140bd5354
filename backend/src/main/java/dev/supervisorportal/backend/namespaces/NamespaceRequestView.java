package dev.supervisorportal.backend.namespaces;

import dev.supervisorportal.backend.quota.Limits;

import java.time.Instant;

/**
 * A namespace request and, once decided, the decision: who, when, the approved limits or the reason.
 *
 * @param requestedCounts the count limits asked for
 * @param approvedCounts  the count limits approved; {@code null} while undecided or when rejected
 */
public record NamespaceRequestView(long id, String namespaceName, String requestedBy, Limits requested,
                                   String justification, RequestStatus status, Instant submittedAt,
                                   String decidedBy, Instant decidedAt, Limits approved, String decisionReason,
                                   ObjectCountLimits requestedCounts, ObjectCountLimits approvedCounts) {
}
