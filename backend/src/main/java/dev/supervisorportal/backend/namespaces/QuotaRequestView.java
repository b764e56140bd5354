package dev.supervisorportal.backend.namespaces;

import dev.supervisorportal.backend.quota.Limits;

import java.time.Instant;

/**
 * A request for new limits on a namespace, the limits it has now, and, once decided, the decision; the count limits
 * likewise (now, asked for, approved).
 */
public record QuotaRequestView(long id, String namespaceName, String requestedBy, Limits currentLimits,
                               Limits requested, String justification, RequestStatus status, Instant submittedAt,
                               String decidedBy, Instant decidedAt, Limits approved, String decisionReason,
                               ObjectCountLimits currentCounts, ObjectCountLimits requestedCounts,
                               ObjectCountLimits approvedCounts) {
}
