package dev.supervisorportal.backend.namespaces;

import dev.supervisorportal.backend.quota.Limits;

import java.time.Instant;

/** A namespace request and, once decided, the decision: who, when, the approved limits or the reason. */
public record NamespaceRequestView(long id, String namespaceName, String requestedBy, Limits requested,
                                   String justification, RequestStatus status, Instant submittedAt,
                                   String decidedBy, Instant decidedAt, Limits approved, String decisionReason) {
}
